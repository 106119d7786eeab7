<#ftl output_format="HTML">
<#-- A web course's front page: its title, description, and its lessons in order. Values: course
     {title, description, language}, lessons {number, title, stem, duration, objectives}. -->
<!DOCTYPE html>
<html lang="${course.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${course.title}</title>
<link rel="stylesheet" href="shared/player.css">
</head>
<body>
<header>
<h1>${course.title}</h1>
<#if course.description?has_content><p>${course.description}</p></#if>
</header>
<main>
<ol class="lessons">
<#list lessons as lesson>
<li><a href="lessons/${lesson.stem}/index.html"><img src="lessons/${lesson.stem}/poster.png" alt=""><span>${lesson?counter}. ${lesson.title}</span></a><span class="time">${lesson.duration}</span></li>
</#list>
</ol>
</main>
</body>
</html>
