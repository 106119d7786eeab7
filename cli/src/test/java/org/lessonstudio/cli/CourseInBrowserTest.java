package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An exported course in a real browser (Debian's Chromium, headless, driven by its chromedriver),
 * hosted on 127.0.0.1 by a stand-in platform with a SCORM runtime: the lesson initialises, reports
 * progress, is completed once watched, scores its quiz, terminates when left, and resumes where the
 * student stopped on a second visit — for SCORM 1.2 and 2004.
 */
class CourseInBrowserTest {

    /** Captions and chapter titles as a mathematics teacher writes them: markup to a careless caption file. */
    private static final List<String> SPOKEN = List.of("when x < 3 and y > 1, A & B", "x --> 0");
    private static final List<String> CHAPTERS = List.of("Where x < 3 & y > 1", "x --> 0");

    @TempDir
    static Path folder;
    private static StaticServer server;
    private static WebDriver browser;

    @BeforeAll
    static void exportAndOpenABrowser() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver")),
                "these tests play exported courses in Debian's Chromium: apt-get install chromium chromium-driver"
                        + " (.ci/run does)");
        Path course = Files.createDirectories(folder.resolve("course"));
        Files.writeString(course.resolve("circle.lesson"), """
                lesson "A circle"
                  video: 1280x720, 30 fps

                scene "Drawing"
                  circle c: radius 2, color yellow
                  say "A circle is every point at one distance from its centre."
                    draw c over 3s
                  wait 3s
                """);
        Files.writeString(course.resolve("course.lesson"), """
                course "Shapes"
                  code: SHAPES-1
                  completion: 90 percent
                  passing: 50 percent

                lesson "circle.lesson"
                  objective "Say what a circle is"
                  question "Every point of a circle is…"
                    answer "at one distance from its centre" correct
                    answer "on a straight line"
                """);
        for (String version : List.of("scorm12", "scorm2004", "html")) {
            Path zip = folder.resolve(version + ".zip");
            Run export = Run.lesson("export", course.toString(), "--to", version, "--size", "160x90", "--quality",
                    "draft", "--no-voice", "-o", zip.toString());
            assertEquals(0, export.exitCode(), export.err());
            unzip(zip, Files.createDirectories(folder.resolve("site").resolve(version)));
        }
        Path maths = Files.createDirectories(folder.resolve("maths"));
        Files.writeString(maths.resolve("limits.lesson"), """
                lesson "Limits & inequalities"
                  video: 1280x720, 30 fps

                scene "%s"
                  circle c: radius 2, color yellow
                  say "%s"
                    draw c over 2s

                scene "%s"
                  say "%s"
                  wait 1s
                """.formatted(CHAPTERS.get(0), SPOKEN.get(0), CHAPTERS.get(1), SPOKEN.get(1)));
        Files.writeString(maths.resolve("course.lesson"), "course \"Limits\"\n\nlesson \"limits.lesson\"\n");
        Path limits = folder.resolve("limits.zip");
        Run mathsExport = Run.lesson("export", maths.toString(), "--to", "html", "--size", "160x90", "--quality",
                "draft", "--no-voice", "-o", limits.toString());
        assertEquals(0, mathsExport.exitCode(), mathsExport.err());
        unzip(limits, Files.createDirectories(folder.resolve("site").resolve("maths")));
        Path sets = Files.createDirectories(folder.resolve("sets"));
        for (String mode : List.of("closed", "burned", "both")) {
            Files.writeString(sets.resolve(mode + ".lesson"), """
                    lesson "Captions %s"
                      video: 1280x720, 30 fps
                      captions: %s

                    scene "One"
                      circle c: radius 2, color yellow
                      say "A circle is every point at one distance from its centre.", zh "圆是到圆心距离相等的所有点。"
                        draw c over 2s
                      say "Its radius is that distance.", zh "这个距离就是半径。"
                    """.formatted(mode, mode));
        }
        Files.writeString(sets.resolve("course.lesson"),
                "course \"Captions\"\n\nlesson \"closed.lesson\"\n\nlesson \"burned.lesson\"\n\nlesson \"both.lesson\"\n");
        Path setsZip = folder.resolve("sets.zip");
        Run setsExport = Run.lesson("export", sets.toString(), "--to", "html", "--size", "160x90", "--quality",
                "draft", "--no-voice", "-o", setsZip.toString());
        assertEquals(0, setsExport.exitCode(), setsExport.err());
        unzip(setsZip, Files.createDirectories(folder.resolve("site").resolve("sets")));
        Path shipped = folder.resolve("shipped.zip");
        Run export = Run.lesson("export", "../lessons/trigonometry", "--to", "scorm12", "--size", "160x90",
                "--quality", "draft", "--no-voice", "-o", shipped.toString());
        assertEquals(0, export.exitCode(), export.err());
        unzip(shipped, Files.createDirectories(folder.resolve("site").resolve("shipped")));
        Files.copy(CourseInBrowserTest.class.getResourceAsStream("/scorm/host.html"),
                folder.resolve("site").resolve("host.html"));
        server = new StaticServer(folder.resolve("site"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--mute-audio",
                "--autoplay-policy=no-user-gesture-required", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void unzip(Path zip, Path into) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path file = into.resolve(e.getName()).normalize();
                assertTrue(file.startsWith(into), "an entry escapes its folder: " + e.getName());
                Files.createDirectories(file.getParent());
                Files.copy(in, file);
            }
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void until(String condition, String what) {
        new WebDriverWait(browser, Duration.ofSeconds(40)).withMessage(what)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!(" + condition + ");")));
    }

    private static void openLesson(String version) {
        browser.switchTo().defaultContent();
        browser.get(server.base() + "host.html?version=" + (version.equals("scorm12") ? "1.2" : "2004") + "&lesson="
                + version + "/lessons/circle/index.html");
        browser.switchTo().frame("sco");
        until("window.lessonPlayer && window.lessonPlayer.connected()", "the page found the SCORM API");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> platform() {
        browser.switchTo().defaultContent();
        Map<String, Object> data = (Map<String, Object>) js("return window.scormData;");
        browser.switchTo().frame("sco");
        return data;
    }

    private static List<String> calls() {
        browser.switchTo().defaultContent();
        @SuppressWarnings("unchecked")
        List<List<Object>> calls = (List<List<Object>>) js("return window.calls;");
        browser.switchTo().frame("sco");
        return calls.stream().map(c -> c.get(0) + (c.size() > 1 ? " " + c.get(1) : "")).toList();
    }

    private void watchAnswerLeaveAndComeBack(String version, String statusKey, String completed, String scoreKey,
                                             String locationKey) {
        browser.switchTo().defaultContent();
        browser.get(server.base() + "host.html?version=none&lesson=about:blank");
        js("localStorage.clear();");
        openLesson(version);
        assertTrue(calls().contains("initialize "), calls().toString());
        assertEquals("incomplete", platform().get(statusKey), "in progress as soon as it starts");

        js("var v = document.getElementById('video'); v.muted = true; v.playbackRate = 2; v.play();");
        until("window.lessonPlayer.completed()", "the lesson counts as watched");
        js("document.getElementById('video').pause();");
        assertEquals(completed, platform().get(statusKey));
        assertTrue(calls().stream().anyMatch(c -> c.startsWith("set " + locationKey)), "progress was reported");

        browser.findElement(By.cssSelector("input[name=q0][value='0']")).click();
        browser.findElement(By.cssSelector("#quiz button[type=submit]")).click();
        assertEquals("100", platform().get(scoreKey));
        assertTrue(browser.findElement(By.id("result")).getText().startsWith("1 of 1 right (100%)"));

        js("var v = document.getElementById('video'); v.currentTime = 2.5;");
        until("Math.abs(document.getElementById('video').currentTime - 2.5) < 0.3", "the video moved");
        browser.switchTo().defaultContent();
        js("document.getElementById('sco').remove();");
        List<String> calls = ((List<?>) js("return window.calls;")).stream()
                .map(c -> String.valueOf(((List<?>) c).get(0))).toList();
        assertEquals("finish", calls.get(calls.size() - 1), "terminated cleanly when left: " + calls);

        openLesson(version);
        until("document.getElementById('status').textContent.indexOf('Welcome back') >= 0", "welcomed back");
        double at = ((Number) js("return document.getElementById('video').currentTime;")).doubleValue();
        assertEquals(2, at, 0.01, "resumed at the saved second");
        assertTrue((Boolean) js("return window.lessonPlayer.completed();"), "still completed on return");
    }

    @Test
    void scorm12ReportsCompletionPassesTheQuizAndResumes() {
        watchAnswerLeaveAndComeBack("scorm12", "cmi.core.lesson_status", "completed", "cmi.core.score.raw",
                "cmi.core.lesson_location");
        assertEquals("passed", platform().get("cmi.core.lesson_status"));
    }

    @Test
    void scorm2004ReportsCompletionAndSuccessAndResumes() {
        watchAnswerLeaveAndComeBack("scorm2004", "cmi.completion_status", "completed", "cmi.score.raw",
                "cmi.location");
        assertEquals("passed", platform().get("cmi.success_status"));
    }

    @Test
    void theWebCoursePlaysFromADiskWithItsCaptionsAndWithoutAPlatform() {
        browser.switchTo().defaultContent();
        browser.get(folder.resolve("site").resolve("html").resolve("index.html").toUri().toString());
        browser.findElement(By.cssSelector("ol.lessons a")).click();
        String captions = "Array.prototype.filter.call(document.getElementById('video').textTracks,"
                + " function (t) { return t.kind === 'captions'; })[0]";
        until("document.getElementById('video') && " + captions + " && " + captions + ".cues && " + captions
                + ".cues.length > 0", "captions from file://");
        assertEquals("showing", js("return " + captions + ".mode;"));
        assertEquals(false, js("return window.lessonPlayer.connected();"), "no platform, and no trouble");
        js("var v = document.getElementById('video'); v.muted = true; v.play();");
        until("document.getElementById('video').currentTime > 0.5", "the video plays");
    }

    /**
     * Plays the lesson and keeps the text of every caption as the browser shows it (the cue as
     * HTML, read as text), and reads the chapter titles the same way.
     */
    @SuppressWarnings("unchecked")
    private static List<List<String>> shownCaptionsAndChapters() {
        String captions = "Array.prototype.filter.call(document.getElementById('video').textTracks,"
                + " function (t) { return t.kind === 'captions'; })[0]";
        until("document.getElementById('video') && " + captions, "a captions track");
        js("window.shown = []; var t = " + captions + "; t.mode = 'showing';"
                + " t.addEventListener('cuechange', function () {"
                + "   Array.prototype.forEach.call(t.activeCues, function (c) {"
                + "     var text = c.getCueAsHTML().textContent;"
                + "     if (window.shown.indexOf(text) < 0) { window.shown.push(text); } }); });"
                + " var v = document.getElementById('video'); v.muted = true; v.play();");
        until("window.shown.length >= 2 || document.getElementById('video').ended", "the captions were shown");
        List<String> shown = (List<String>) js("return window.shown;");
        String track = "Array.prototype.filter.call(document.getElementById('video').textTracks,"
                + " function (t) { return t.kind === 'chapters'; })[0]";
        List<String> chapters = List.of();
        if (Boolean.TRUE.equals(js("return !!" + track + ";"))) {
            js(track + ".mode = 'hidden';");
            until(track + ".cues && " + track + ".cues.length >= 2", "the chapters were read");
            chapters = (List<String>) js("return Array.prototype.map.call(" + track + ".cues,"
                    + " function (c) { return c.getCueAsHTML().textContent; });");
        }
        return List.of(shown, chapters);
    }

    @Test
    void mathematicsInCaptionsAndChapterTitlesIsShownAsWrittenFromAServer() {
        browser.switchTo().defaultContent();
        browser.get(server.base() + "maths/lessons/limits/index.html");
        List<List<String>> shown = shownCaptionsAndChapters();
        assertEquals(SPOKEN, shown.get(0), "the captions as Chromium shows them");
        assertEquals(CHAPTERS, shown.get(1), "the chapter titles as Chromium reads them");
    }

    /** How many sets of captions a viewer sees: the tracks showing, and the captions drawn into the picture. */
    private static final String VISIBLE = "(function () { var v = document.getElementById('video');"
            + " var n = v.getAttribute('data-captions-drawn') === 'true' ? 1 : 0;"
            + " for (var i = 0; i < v.textTracks.length; i++) { var t = v.textTracks[i];"
            + "   if ((t.kind === 'captions' || t.kind === 'subtitles') && t.mode === 'showing') { n++; } }"
            + " return n; })()";

    private static int visible() {
        return ((Number) js("return " + VISIBLE + ";")).intValue();
    }

    @Test
    void aViewerNeverSeesTwoSetsOfCaptions() {
        for (String mode : List.of("closed", "burned", "both")) {
            for (String site : List.of(server.base() + "sets/lessons/" + mode + "/index.html",
                    folder.resolve("site/sets/lessons/" + mode + "/index.html").toUri().toString())) {
                browser.switchTo().defaultContent();
                browser.get(site);
                until("document.getElementById('video') && document.getElementById('video').textTracks.length >= 2",
                        mode + ": its English and Chinese tracks");
                String drawn = (String) js("return document.getElementById('video').getAttribute('data-captions-drawn');");
                assertEquals(String.valueOf(!mode.equals("closed")), drawn, mode);
                js("var v = document.getElementById('video'); v.muted = true; v.play();");
                until("document.getElementById('video').currentTime > 0.3", mode + " plays");
                until(VISIBLE + " === 1", mode + ": one set of captions on screen");

                // the viewer presses c, then turns on every track from the player's menu
                js("document.getElementById('video').dispatchEvent(new KeyboardEvent('keydown', {key: 'c', bubbles: true}));");
                assertTrue(visible() <= 1, mode + " after c: " + visible());
                js("var v = document.getElementById('video'); for (var i = 0; i < v.textTracks.length; i++) {"
                        + " if (v.textTracks[i].kind === 'captions') { v.textTracks[i].mode = 'showing'; } }");
                until(VISIBLE + " <= 1", mode + ": never two sets, "
                        + "whatever the viewer turns on");
                js("document.getElementById('video').dispatchEvent(new KeyboardEvent('keydown', {key: 'c', bubbles: true}));");
                until(VISIBLE + " <= 1", mode + " after c again");
                assertEquals(List.of("en", "zh"), js("return Array.prototype.map.call(document.querySelectorAll("
                        + "'track[kind=captions]').length ? document.querySelectorAll('track[kind=captions]')"
                        + " : document.getElementById('video').textTracks, function (t) { return t.srclang || t.language; })"
                        + ".filter(function (l) { return l; });"), mode + ": BCP 47 language tags");
                js("document.getElementById('video').pause();");
            }
        }
    }

    @Test
    void mathematicsInCaptionsIsShownAsWrittenFromADisk() {
        browser.switchTo().defaultContent();
        browser.get(folder.resolve("site/maths/lessons/limits/index.html").toUri().toString());
        assertEquals(SPOKEN, shownCaptionsAndChapters().get(0), "the captions the page gives the video itself");
    }

    @Test
    void everyLessonOfTheShippedSeriesPlaysWithCaptionsCompletesAndPassesItsQuiz() throws Exception {
        String manifest = Files.readString(folder.resolve("site/shipped/imsmanifest.xml"));
        List<String> pages = java.util.regex.Pattern.compile("href=\"(lessons/[^\"]+/index.html)\"").matcher(manifest)
                .results().map(m -> m.group(1)).distinct().toList();
        assertEquals(4, pages.size(), manifest);
        for (String page : pages) {
            browser.switchTo().defaultContent();
            browser.get(server.base() + "host.html?version=none&lesson=about:blank");
            js("localStorage.clear();");
            browser.get(server.base() + "host.html?version=1.2&lesson=shipped/" + page);
            browser.switchTo().frame("sco");
            until("window.lessonPlayer && window.lessonPlayer.connected()", page + " found the SCORM API");
            String captions = "Array.prototype.filter.call(document.getElementById('video').textTracks,"
                    + " function (t) { return t.kind === 'captions'; })[0]";
            js("var v = document.getElementById('video'); v.muted = true; v.playbackRate = 16; v.play();");
            until(captions + ".mode === 'showing' && " + captions + ".cues && " + captions + ".cues.length > 3",
                    page + " shows its captions");
            until("window.lessonPlayer.completed()", page + " counts as watched");
            assertEquals("completed", platform().get("cmi.core.lesson_status"), page);
            List<?> answers = (List<?>) js("return window.LESSON.answers;");
            for (int q = 0; q < answers.size(); q++) {
                browser.findElement(By.cssSelector("input[name=q" + q + "][value='" + answers.get(q) + "']")).click();
            }
            browser.findElement(By.cssSelector("#quiz button[type=submit]")).click();
            assertEquals("passed", platform().get("cmi.core.lesson_status"), page);
            assertEquals("100", platform().get("cmi.core.score.raw"), page);
        }
    }
}
