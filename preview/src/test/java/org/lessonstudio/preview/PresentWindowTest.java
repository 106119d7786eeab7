package org.lessonstudio.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.PresentLauncher;
import org.lessonstudio.app.RenderSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code lesson present}, driven headless (Monocle) by the keys a presentation clicker sends: it
 * stops at each pause, goes on, goes back to the step's start, blacks out, jumps to a scene.
 */
@ExtendWith(ApplicationExtension.class)
class PresentWindowTest {

    private static final String LESSON = """
            lesson "Steps"
              video: 640x360, 30 fps

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
            """;

    private PresentWindow window;
    private LessonSession session;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("present-test");
        Path lesson = folder.resolve("steps.lesson");
        Files.writeString(lesson, LESSON);
        session = ((LessonSession.Ready) LessonSession.open(lesson, new RenderSettings.Speech(null, false),
                PreviewWindowTest.ENV)).session();
        window = PresentApp.open(stage, session, new PresentLauncher.Request(lesson, 1, false, false, null, null));
        stage.show();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
    }

    @Test
    void stopsAtEachPauseGoesOnGoesBackAndBlacksOut(FxRobot robot) throws Exception {
        waitUntil(window::shows);
        assertEquals(0.0, onFx(() -> window.presentation().time()));
        robot.type(KeyCode.RIGHT);
        waitUntil(() -> !window.presentation().playing());
        assertEquals(1.0, onFx(() -> window.presentation().time()), 1e-9, "stopped at the first pause");
        Thread.sleep(300);
        assertEquals(1.0, onFx(() -> window.presentation().time()), 1e-9, "and waits for the teacher");

        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(onFx(() -> window.presentation().playing()));
        waitUntil(() -> !window.presentation().playing());
        assertEquals(2.0, onFx(() -> window.presentation().time()), 1e-9, "the second pause");

        robot.type(KeyCode.LEFT);
        assertEquals(1.0, onFx(() -> window.presentation().time()), 1e-9, "back to the step's start");
        robot.type(KeyCode.PAGE_UP);
        assertEquals(0.0, onFx(() -> window.presentation().time()), 1e-9, "and to the step before");

        robot.type(KeyCode.B);
        assertTrue(onFx(() -> window.presentation().black()));
        waitUntil(window::blackShown);
        robot.type(KeyCode.B);
        assertFalse(onFx(() -> window.presentation().black()));
        waitUntil(() -> !window.blackShown());

        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);
        double second = onFx(() -> window.presentation().time());
        assertEquals(session.timeline().scenes().get(1).start(), second, 1e-9, "the second scene's start");
        robot.type(KeyCode.SPACE);
        waitUntil(() -> !window.presentation().playing());
        assertTrue(onFx(() -> window.presentation().time()) > second, "and plays to the end");
    }
}
