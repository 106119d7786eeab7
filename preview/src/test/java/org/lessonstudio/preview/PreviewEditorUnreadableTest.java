package org.lessonstudio.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A lesson that is not UTF-8 opens with its mistake listed, and the editor never writes over its bytes. */
@ExtendWith(ApplicationExtension.class)
class PreviewEditorUnreadableTest {

    private static final byte[] LATIN1 = "lesson \"Caf\u00e9\"\n\nscene \"One\"\n  wait 1s\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private Path lesson;
    private PreviewWindow window;

    @Start
    void start(Stage stage) throws Exception {
        lesson = Files.createTempDirectory("preview-unreadable").resolve("latin1.lesson");
        Files.write(lesson, LATIN1);
        window = PreviewApp.open(stage, lesson, Preferences.userRoot().node("lesson-studio-tests"),
                PreviewWindowTest.ENV);
        stage.show();
    }

    @Test
    void theTextIsShownButNeverSaved() throws Exception {
        assertFalse(WaitForAsyncUtils.asyncFx(() -> window.editor().area().isEditable()).get(5, TimeUnit.SECONDS));
        assertFalse(WaitForAsyncUtils.asyncFx(() -> window.editor().save()).get(5, TimeUnit.SECONDS));
        assertArrayEquals(LATIN1, Files.readAllBytes(lesson));
    }
}
