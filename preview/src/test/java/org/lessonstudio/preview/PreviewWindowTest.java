package org.lessonstudio.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.Durations;
import org.lessonstudio.app.LessonChecks;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.dsl.source.SourceFile;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.renderer.FrameRenderer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The preview window, driven headless (Monocle) with the keys a teacher would press. */
@ExtendWith(ApplicationExtension.class)
class PreviewWindowTest {

    /** The machine's environment, with the preview's log and the clips kept in target/. */
    static final Env ENV = Env.fromProcess()
            .with("LESSON_FOOTAGE_CACHE", Path.of("target/footage-cache").toAbsolutePath().toString())
            .with("XDG_STATE_HOME", Path.of("target/state").toAbsolutePath().toString());

    private static final Path FLAGSHIP = Path.of("../examples/sine-from-unit-circle.lesson");

    private Path lesson;
    private PreviewWindow window;
    private LessonWatcher watcher;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("preview-test");
        lesson = folder.resolve("sine.lesson");
        Files.copy(FLAGSHIP, lesson);
        window = PreviewApp.open(stage, lesson, Preferences.userRoot().node("lesson-studio-tests"), ENV);
        watcher = PreviewApp.watch(lesson, window, ENV);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        watcher.close();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(condition));
    }

    @Test
    void opensOnTheFirstFrameWithItsScenes(FxRobot robot) throws Exception {
        waitUntil(window::showsCurrentFrame);
        // laid out from the spoken narration, as `lesson render` lays it out: as long as the video, whatever
        // this machine's espeak-ng takes to say it, and not the length estimated without a voice
        double spoken = ((LessonSession.Ready) LessonSession.open(lesson, RenderSettings.Speech.DEFAULT, ENV))
                .session().timeline().duration();
        double estimated = LessonChecks.check(SourceFile.read(lesson), ENV).timeline().orElseThrow().duration();
        assertNotEquals(Durations.clock(estimated), Durations.clock(spoken), "the voice speaks at its own pace");
        assertEquals("0:00.0 / " + Durations.clock(spoken),
                onFx(() -> robot.lookup("#clock").queryAs(Label.class).getText()));
        assertEquals(3, onFx(() -> window.model().timeline().scenes().size()));
        assertFalse(onFx(() -> robot.lookup("#problems").query().isVisible()));
    }

    @Test
    void spacePlaysAndPauses(FxRobot robot) throws Exception {
        robot.type(KeyCode.SPACE);
        assertTrue(onFx(() -> window.model().playing()));
        waitUntil(() -> window.model().time() > 0.3);
        robot.type(KeyCode.SPACE);
        assertFalse(onFx(() -> window.model().playing()));
        double paused = onFx(() -> window.model().time());
        Thread.sleep(200);
        assertEquals(paused, onFx(() -> window.model().time()));
    }

    @Test
    void arrowsStepOneFrameAndShiftArrowsJumpScenes(FxRobot robot) throws Exception {
        robot.type(KeyCode.RIGHT);
        assertEquals(1, onFx(() -> window.model().frameIndex()));
        robot.type(KeyCode.LEFT);
        assertEquals(0, onFx(() -> window.model().frameIndex()));
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        double second = onFx(() -> window.model().timeline().scenes().get(1).start());
        assertEquals(second, onFx(() -> window.model().time()), 1e-9);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(2, onFx(() -> window.model().sceneIndex()));
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals(1, onFx(() -> window.model().sceneIndex()));
        robot.type(KeyCode.END);
        assertEquals(onFx(() -> window.model().timeline().frameCount(30) - 1), onFx(() -> window.model().frameIndex()));
        robot.type(KeyCode.HOME);
        assertEquals(0.0, onFx(() -> window.model().time()));
        robot.type(KeyCode.L);
        assertTrue(onFx(() -> window.model().loopScene()));
    }

    @Test
    void theVoicePlaysWithThePicturesAndFollowsAScrub(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> !Double.isNaN(window.voice().position())));
        double during = onFx(() -> sentenceTime(window.model().timeline(), "lifts P to its highest point"));
        onFx(() -> {
            window.model().seek(during);
            return null;
        });
        robot.type(KeyCode.SPACE);
        waitUntil(() -> window.voice().playing());
        // ALSA's null device does not keep strict time, so this checks the voice is brought to the
        // playhead, not how closely a real sound card would hold it there
        waitUntil(() -> Math.abs(window.voice().position() - window.model().time()) < 0.25);
        assertTrue(onFx(() -> window.voice().position()) > during - 1, "the voice starts where the pictures are");
        onFx(() -> {
            window.model().seek(5);
            return null;
        });
        waitUntil(() -> window.voice().position() < 10);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> !window.voice().playing());
    }

    @Test
    void aSaveReloadsAndKeepsThePlace(FxRobot robot) throws Exception {
        double during = onFx(() -> sentenceTime(window.model().timeline(), "lifts P to its highest point"));
        onFx(() -> {
            window.model().seek(during);
            return null;
        });
        Files.writeString(lesson, Files.readString(lesson).replace("lifts P to its highest point", "lifts P to the top"));
        waitUntil(() -> window.model().reloads() == 1);
        assertEquals(during, onFx(() -> window.model().time()), 1e-9);
        waitUntil(() -> robot.lookup("#caption").queryAs(Label.class).getText().contains("lifts P to the top"));
        waitUntil(window::showsCurrentFrame);
    }

    @Test
    void mistakesAppearOverTheLastGoodFrameAndClearOnTheNextGoodSave(FxRobot robot) throws Exception {
        String good = Files.readString(lesson);
        waitUntil(window::showsCurrentFrame);
        int[] before = onFx(window::shownPixels);
        Files.writeString(lesson, good.replace("circle unit: center", "cirle unit: center"));
        waitUntil(() -> robot.lookup("#problems").query().isVisible());
        String expected = DiagnosticPrinter.print(LessonChecks.check(
                org.lessonstudio.dsl.source.SourceFile.read(lesson), ENV).diagnostics());
        assertTrue(expected.contains("did you mean `circle`?"), expected);
        assertEquals(expected, onFx(() -> robot.lookup("#problems").queryAs(TextArea.class).getText()));
        assertTrue(before == onFx(window::shownPixels), "the last good frame stays");
        Files.writeString(lesson, good);
        waitUntil(() -> !robot.lookup("#problems").query().isVisible());
    }

    @Test
    void theFrameShownIsTheFrameTheExportDraws(FxRobot robot) throws Exception {
        onFx(() -> {
            window.model().seek(45);
            return null;
        });
        waitUntil(window::showsCurrentFrame);
        int[] size = onFx(window::renderSize);
        int[] shown = onFx(window::shownPixels);
        BufferedImage still = new FrameRenderer().render(window.model().timeline().frameAt(45), size[0], size[1]);
        long differing = 0;
        for (int y = 0; y < size[1]; y++) {
            for (int x = 0; x < size[0]; x++) {
                int a = shown[y * size[0] + x];
                int b = still.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 2) {
                        differing++;
                        break;
                    }
                }
            }
        }
        assertEquals(0, differing, "pixels that differ from `lesson still --at 45` at " + size[0] + "x" + size[1]);
    }

    /** A moment in the middle of the sentence that contains {@code words}. */
    private static double sentenceTime(org.lessonstudio.timeline.Timeline timeline, String words) {
        for (org.lessonstudio.timeline.ScenePlan scene : timeline.scenes()) {
            for (org.lessonstudio.timeline.CaptionEvent caption : scene.captions()) {
                if (caption.text().contains(words)) {
                    return scene.start() + (caption.start() + caption.end()) / 2;
                }
            }
        }
        throw new AssertionError("no sentence says " + words);
    }
}
