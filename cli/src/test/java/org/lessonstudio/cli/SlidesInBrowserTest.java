package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code lesson export FILE --to slides}: one web page, the video inside it, that Chromium plays
 * step by step on the keys a presentation clicker sends — to each pause and no further, back to a
 * step's start, a black screen, a scene by number.
 */
class SlidesInBrowserTest {

    @TempDir
    static Path folder;
    private static WebDriver browser;
    private static Path page;

    @BeforeAll
    static void exportAndOpen() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver")),
                "these tests play pages in Debian's Chromium: apt-get install chromium chromium-driver (.ci/run does)");
        Path lesson = folder.resolve("steps.lesson");
        Files.writeString(lesson, """
                lesson "Steps & stops"

                scene "First"
                  circle c: radius 2, color yellow
                  draw c over 1s
                  pause
                  square s: side 1, color blue
                  draw s over 1s
                  pause
                  wait 1s

                scene "Second"
                  text t: "The end" at top
                  write t over 1s
                """);
        page = folder.resolve("steps.html");
        Run export = Run.lesson("export", lesson.toString(), "--to", "slides", "--size", "320x180", "--quality",
                "draft", "--no-voice", "-o", page.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertTrue(export.out().contains("3 steps"), export.out());
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "the page and the lesson: nothing else left beside them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--mute-audio",
                "--autoplay-policy=no-user-gesture-required", "--disable-gpu");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void until(String condition, String what) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(what)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!(" + condition + ");")));
    }

    private static double time() {
        return ((Number) js("return window.slides.time();")).doubleValue();
    }

    private static void press(CharSequence key) {
        browser.findElement(By.tagName("body")).sendKeys(key);
    }

    @Test
    void theDeckStepsThroughItsPausesOnKeyPresses() {
        browser.get(page.toUri().toString());
        until("window.slides && document.getElementById('video').readyState >= 2", "the page and its video load");
        assertEquals("Steps & stops", browser.getTitle());
        assertEquals(0.0, time(), 1e-6);

        press(Keys.ARROW_RIGHT);
        until("!window.slides.playing() && window.slides.time() > 0.5", "the first step plays and stops");
        assertEquals(1.0, time(), 0.02, "stopped at the first pause");
        press(Keys.SPACE);
        until("!window.slides.playing() && window.slides.time() > 1.5", "the second step");
        assertEquals(2.0, time(), 0.02, "stopped at the second pause");

        press(Keys.ARROW_LEFT);
        until("window.slides.step() === 1 && Math.abs(window.slides.time() - 1) < 0.02", "back to the step's start");
        press(Keys.PAGE_UP);
        until("window.slides.step() === 0 && window.slides.time() < 0.02", "back to the step before");

        press("b");
        assertTrue((Boolean) js("return window.slides.black();"));
        press("b");
        press("2");
        press(Keys.ENTER);
        until("Math.abs(window.slides.time() - window.slides.scenes[1]) < 0.02", "scene 2 by number");
        press(Keys.PAGE_DOWN);
        until("!window.slides.playing() && window.slides.time() > window.slides.scenes[1] + 0.5",
                "the last step plays to the end");
    }
}
