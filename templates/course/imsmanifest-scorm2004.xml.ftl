<#ftl output_format="XML">
<#-- SCORM 2004 4th edition: one SCO per lesson, taken in order (flow), any may be chosen (choice).
     Values as for SCORM 1.2, with passing (0 to 1) for lessons with a quiz. -->
<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${course.id}" version="1"
          xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
          xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
          xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
          xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${course.id}-ORG">
    <organization identifier="${course.id}-ORG">
      <title>${course.title}</title>
<#list lessons as lesson>
      <item identifier="${lesson.id}-ITEM" identifierref="${lesson.id}">
        <title>${lesson.number}. ${lesson.title}</title>
<#if lesson.passing?has_content>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${lesson.id}-PASS" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${lesson.passing}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
</#if>
      </item>
</#list>
      <imsss:sequencing>
        <imsss:controlMode choice="true" flow="true"/>
      </imsss:sequencing>
    </organization>
  </organizations>
  <resources>
<#list lessons as lesson>
    <resource identifier="${lesson.id}" type="webcontent" adlcp:scormType="sco" href="${lesson.href}">
<#list lesson.files as file>
      <file href="${file}"/>
</#list>
      <dependency identifierref="${course.id}-PLAYER"/>
    </resource>
</#list>
    <resource identifier="${course.id}-PLAYER" type="webcontent" adlcp:scormType="asset">
<#list shared as file>
      <file href="${file}"/>
</#list>
    </resource>
  </resources>
</manifest>
