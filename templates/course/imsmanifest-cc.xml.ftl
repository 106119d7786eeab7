<#ftl output_format="XML">
<#-- IMS Common Cartridge 1.1: each lesson a web page (webcontent) in one module, in order; Moodle and
     Canvas import them as pages. Values as for SCORM 1.2, with course.description and language. -->
<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${course.id}"
          xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
          xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd">
  <metadata>
    <schema>IMS Common Cartridge</schema>
    <schemaversion>1.1.0</schemaversion>
    <lomimscc:lom>
      <lomimscc:general>
        <lomimscc:title>
          <lomimscc:string language="${course.language}">${course.title}</lomimscc:string>
        </lomimscc:title>
<#if course.description?has_content>
        <lomimscc:description>
          <lomimscc:string language="${course.language}">${course.description}</lomimscc:string>
        </lomimscc:description>
</#if>
      </lomimscc:general>
    </lomimscc:lom>
  </metadata>
  <organizations>
    <organization identifier="${course.id}-ORG" structure="rooted-hierarchy">
      <item identifier="${course.id}-ROOT">
        <item identifier="${course.id}-MODULE">
          <title>${course.title}</title>
<#list lessons as lesson>
          <item identifier="${lesson.id}-ITEM" identifierref="${lesson.id}">
            <title>${lesson.number}. ${lesson.title}</title>
          </item>
</#list>
        </item>
      </item>
    </organization>
  </organizations>
  <resources>
<#list lessons as lesson>
    <resource identifier="${lesson.id}" type="webcontent" href="${lesson.href}">
<#list lesson.files as file>
      <file href="${file}"/>
</#list>
<#list shared as file>
      <file href="${file}"/>
</#list>
    </resource>
</#list>
  </resources>
</manifest>
