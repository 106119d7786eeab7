<#--
  The prompt a video generator receives for one `footage` statement. Copy this folder to make
  your own (lesson prompts --templates my-prompts); every line that is not empty becomes part of
  one paragraph.

  lesson: title, audience, language        scene: title, number
  shot:   description, style, camera, mood, seconds, blend ("full" or "behind")
  video:  width, height, aspect ("16:9")
-->
${shot.description}<#if !shot.description?ends_with(".")>.</#if>
<#if shot.style?has_content>Style: ${shot.style}.</#if>
<#if shot.camera?has_content>Camera: ${shot.camera}.</#if>
<#if shot.mood?has_content>Mood: ${shot.mood}.</#if>
<#if shot.blend == "behind">It plays behind diagrams drawn over it, so keep it simple and uncluttered.</#if>
A ${shot.seconds}-second shot, ${video.aspect}, for the educational video "${lesson.title}"<#if lesson.audience?has_content> (${lesson.audience})</#if>.
No text, captions, logos or watermarks in frame. No real, identifiable people. Suitable for a school classroom.
