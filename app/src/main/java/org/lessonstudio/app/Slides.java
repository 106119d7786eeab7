package org.lessonstudio.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lessonstudio.renderer.AtomicOutput;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * {@code lesson export FILE --to slides}: the lesson as one self-contained web page (the video
 * inside it) that plays step by step on key presses, as {@code lesson present} does: Right, Page
 * Down or Space play to the next {@code pause} (or finish the step playing); Left or Page Up go
 * back to the step's start; B blacks the screen; a scene's number and Enter jump to it. A lesson
 * without a pause stops at the end of each scene. The page is written whole and moved into place.
 */
public final class Slides {

    /** What was written: the page, its steps and the lesson's length. */
    public record Exported(Path target, int steps, double seconds, String warnings) { }

    private Slides() {
    }

    public static Exported write(Path lesson, Path target, RenderSettings settings, Env env)
            throws Stopped, IOException {
        LessonSession.Opened opened = LessonSession.open(lesson, settings.speech(), env);
        if (opened instanceof LessonSession.Mistakes mistakes) {
            throw Stopped.mistakes(mistakes.diagnostics(), "no slides were written");
        }
        if (!(opened instanceof LessonSession.Ready ready)) {
            throw Stopped.refused(opened.said().strip());
        }
        Timeline timeline = ready.session().timeline();
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path work = Files.createTempDirectory(folder, ".slides-");
        try {
            Path video = work.resolve("lesson.mp4");
            RenderJob.whole(ready.session(), settings, video).run(new RenderJob.Listener() { });
            String mp4 = Base64.getEncoder().encodeToString(Files.readAllBytes(video));
            List<Double> stops = steps(timeline);
            AtomicOutput.write(target, p -> Files.writeString(p, page(timeline, stops, mp4), StandardCharsets.UTF_8));
            return new Exported(target, stops.size() + 1, timeline.duration(), opened.said());
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Where the page stops: each pause, or each scene's end when the lesson has none. */
    static List<Double> steps(Timeline timeline) {
        List<Double> pauses = timeline.pauses(false);
        return pauses.isEmpty() ? timeline.pauses(true) : pauses;
    }

    private static String numbers(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).collect(Collectors.joining(","));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String page(Timeline timeline, List<Double> stops, String mp4) {
        String lang = java.util.Locale.forLanguageTag(timeline.lesson().language()).toLanguageTag();
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                html, body { margin: 0; height: 100%%; background: #000; overflow: hidden; }
                video { width: 100vw; height: 100vh; object-fit: contain; display: block; }
                #black { position: fixed; inset: 0; background: #000; display: none; }
                #where { position: fixed; right: 16px; bottom: 12px; color: #888; font: 16px sans-serif; }
                </style>
                </head>
                <body>
                <video id="video" preload="auto" playsinline src="data:video/mp4;base64,%s"></video>
                <div id="black"></div>
                <div id="where" aria-live="polite"></div>
                <script>
                (function () {
                  "use strict";
                  var stops = [%s];
                  var scenes = [%s];
                  var duration = %s;
                  var starts = [0].concat(stops);
                  var ends = stops.concat([duration]);
                  var video = document.getElementById("video");
                  var black = document.getElementById("black");
                  var where = document.getElementById("where");
                  var step = 0, target = null, typed = "";
                  function show() {
                    where.textContent = (typed ? "Scene " + typed + " \\u00b7 " : "") + "Step " + (step + 1) + " of " + starts.length;
                  }
                  function playTo(t) { target = t; video.play(); }
                  function stopAt(t) { video.pause(); video.currentTime = t; target = null; show(); }
                  function watch() {
                    if (target !== null && video.currentTime >= target - 0.01) { stopAt(target); }
                    window.requestAnimationFrame(watch);
                  }
                  function forward() {
                    black.style.display = "none";
                    if (target !== null) { stopAt(target); return; }
                    if (video.currentTime >= ends[step] - 0.02) {
                      if (step + 1 < starts.length) { step++; playTo(ends[step]); }
                    } else {
                      playTo(ends[step]);
                    }
                    show();
                  }
                  function back() {
                    black.style.display = "none";
                    if (video.currentTime - starts[step] <= 0.25 && step > 0) { step--; }
                    stopAt(starts[step]);
                  }
                  function jump(scene) {
                    if (scene < 1 || scene > scenes.length) { return; }
                    var t = scenes[scene - 1];
                    step = 0;
                    while (step + 1 < starts.length && starts[step + 1] <= t) { step++; }
                    stopAt(t);
                  }
                  document.addEventListener("keydown", function (event) {
                    var key = event.key;
                    if (key === "ArrowRight" || key === "PageDown" || key === " " || key === "ArrowDown") { forward(); }
                    else if (key === "ArrowLeft" || key === "PageUp" || key === "ArrowUp") { back(); }
                    else if (key === "b" || key === "B" || key === ".") {
                      black.style.display = black.style.display === "block" ? "none" : "block";
                    }
                    else if (/^[0-9]$/.test(key)) { typed = (typed + key).slice(-3); show(); }
                    else if (key === "Enter") { if (typed) { jump(Number(typed)); } typed = ""; show(); }
                    else if (key === "Escape") { typed = ""; show(); }
                    else { return; }
                    event.preventDefault();
                  });
                  window.slides = {
                    step: function () { return step; },
                    time: function () { return video.currentTime; },
                    playing: function () { return target !== null; },
                    black: function () { return black.style.display === "block"; },
                    stops: stops,
                    scenes: scenes
                  };
                  show();
                  watch();
                })();
                </script>
                </body>
                </html>
                """.formatted(lang, escape(timeline.lesson().title()), mp4, numbers(stops),
                numbers(timeline.scenes().stream().map(ScenePlan::start).toList()),
                String.format(Locale.ROOT, "%.3f", timeline.duration()));
    }
}
