<#ftl output_format="HTML">
<#-- A lesson's page: video with captions on, chapters, the quiz, the transcript. Values: course
     {title, language}, lesson {number, count, title, objectives, questions{text, answers}, captions
     {language (BCP 47), label, file}, captionsDrawn (captions drawn into the video: no track on by default), chapters{title, start, time}, transcript{start, time, text}, previous,
     next}, web (true in a web course: links between lessons), shared (the path to player.js),
     config (the player's settings, as JSON). -->
<!DOCTYPE html>
<html lang="${course.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lesson.title} · ${course.title}</title>
<link rel="stylesheet" href="${shared}player.css">
</head>
<body>
<header>
<p class="course">${course.title} · lesson ${lesson.number} of ${lesson.count}<#if web> · <a href="../../index.html">all lessons</a></#if></p>
<h1>${lesson.title}</h1>
</header>
<main>
<#if lesson.objectives?has_content>
<section class="objectives" aria-labelledby="objectives-heading">
<h2 id="objectives-heading">In this lesson you will</h2>
<ul>
<#list lesson.objectives as objective>
<li>${objective}</li>
</#list>
</ul>
</section>
</#if>
<figure class="player">
<video id="video" controls preload="metadata" playsinline poster="poster.png" tabindex="0" aria-describedby="keys" data-captions-drawn="${lesson.captionsDrawn?c}">
<source src="video.mp4" type="video/mp4">
<#list lesson.captions as track>
<track kind="captions" src="${track.file}" srclang="${track.language}" label="${track.label}"<#if track?is_first && !lesson.captionsDrawn> default</#if>>
</#list>
<track kind="chapters" src="chapters.vtt" srclang="${course.language}" label="Chapters">
<p>This browser cannot play the video here; <a href="video.mp4">download it</a>.</p>
</video>
<figcaption>
<p id="keys">Keys on the video: Space or k plays and pauses, j and l jump ten seconds, c turns captions on and off.</p>
<p id="status" role="status" aria-live="polite"></p>
</figcaption>
</figure>
<nav class="chapters" aria-labelledby="chapters-heading">
<h2 id="chapters-heading">Chapters</h2>
<ol>
<#list lesson.chapters as chapter>
<li><button type="button" data-seek="${chapter.start}">${chapter.title} <span class="time">(${chapter.time})</span></button></li>
</#list>
</ol>
</nav>
<#if lesson.questions?has_content>
<section class="quiz" aria-labelledby="quiz-heading">
<h2 id="quiz-heading">Check your understanding</h2>
<form id="quiz">
<#list lesson.questions as question>
<fieldset>
<legend>${question?counter}. ${question.text}</legend>
<#list question.answers as answer>
<label><input type="radio" name="q${question?index}" value="${answer?index}" required> ${answer}</label>
</#list>
</fieldset>
</#list>
<button type="submit">Check my answers</button>
<p id="result" role="status" aria-live="polite"></p>
</form>
</section>
</#if>
<section class="transcript" aria-labelledby="transcript-heading">
<h2 id="transcript-heading">Transcript</h2>
<div id="transcript">
<#list lesson.transcript as line>
<p><button type="button" data-seek="${line.start}" aria-label="play from ${line.time}">${line.time}</button> ${line.text}</p>
</#list>
</div>
</section>
</main>
<#if web>
<footer>
<#if lesson.previous?has_content><a href="../${lesson.previous}/index.html" rel="prev">← Previous lesson</a><#else><span></span></#if>
<#if lesson.next?has_content><a href="../${lesson.next}/index.html" rel="next">Next lesson →</a></#if>
</footer>
</#if>
<script>window.LESSON = ${config?no_esc};</script>
<script src="${shared}player.js"></script>
</body>
</html>
