<#ftl output_format="XML">
<#-- SCORM 1.2: one SCO per lesson, in order; the shared player as an asset. Values: course {id,
     title}, lessons {id, title, href, files, mastery}, shared (file paths). -->
<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${course.id}" version="1.0"
          xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${course.id}-ORG">
    <organization identifier="${course.id}-ORG">
      <title>${course.title}</title>
<#list lessons as lesson>
      <item identifier="${lesson.id}-ITEM" identifierref="${lesson.id}" isvisible="true">
        <title>${lesson.number}. ${lesson.title}</title>
<#if lesson.mastery?has_content>
        <adlcp:masteryscore>${lesson.mastery}</adlcp:masteryscore>
</#if>
      </item>
</#list>
    </organization>
  </organizations>
  <resources>
<#list lessons as lesson>
    <resource identifier="${lesson.id}" type="webcontent" adlcp:scormtype="sco" href="${lesson.href}">
<#list lesson.files as file>
      <file href="${file}"/>
</#list>
      <dependency identifierref="${course.id}-PLAYER"/>
    </resource>
</#list>
    <resource identifier="${course.id}-PLAYER" type="webcontent" adlcp:scormtype="asset">
<#list shared as file>
      <file href="${file}"/>
</#list>
    </resource>
  </resources>
</manifest>
