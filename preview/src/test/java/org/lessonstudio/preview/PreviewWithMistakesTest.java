package org.lessonstudio.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.app.Env;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A lesson that opens with mistakes: the window lists them over a placeholder, and does not fail. */
@ExtendWith(ApplicationExtension.class)
class PreviewWithMistakesTest {

    /** The machine's environment, with the preview's log and the clips kept in target/. */
    static final Env ENV = Env.fromProcess()
            .with("LESSON_FOOTAGE_CACHE", Path.of("target/footage-cache").toAbsolutePath().toString())
            .with("XDG_STATE_HOME", Path.of("target/state").toAbsolutePath().toString());

    private PreviewWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path lesson = Files.createTempDirectory("preview-bad").resolve("bad.lesson");
        Files.writeString(lesson, "lesson \"Bad\"\n\nscene \"One\"\n  drow circle\n");
        window = PreviewApp.open(stage, lesson, Preferences.userRoot().node("lesson-studio-tests"), ENV);
        stage.show();
    }

    @Test
    void theMistakesAreListedAndNothingBreaks(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#problems").query().isVisible() && window.showsCurrentFrame()).get());
        String text = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#problems").queryAs(TextArea.class).getText())
                .get();
        assertTrue(text.contains("bad.lesson:4:3: error: I don't know the word `drow` at the start of a line"), text);
        assertTrue(text.contains("did you mean `draw`?"), text);
    }
}
