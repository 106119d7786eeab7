package org.lessonstudio.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lessonstudio.renderer.Projection;
import org.lessonstudio.timeline.frame.Vec;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The preview's editor and the picture joined to it, driven headless (Monocle) as a teacher
 * would: typing, Ctrl+Space, Ctrl+S, clicking and dragging in the picture, Ctrl+Z.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewEditorTest {

    static final String LESSON = """
            lesson "Drag"

            scene "One"
              circle c: center (0, 0), radius 2
              point A: at (3, 1), label "A"  # a point written with numbers
              value t = 0
              point P: on c at angle t
              show c, A, P
              wait 5s
            """;

    private Path lesson;
    private PreviewWindow window;
    private LessonWatcher watcher;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("preview-editor-test");
        lesson = folder.resolve("drag.lesson");
        Files.writeString(lesson, LESSON);
        window = PreviewApp.open(stage, lesson, Preferences.userRoot().node("lesson-studio-tests"),
                PreviewWindowTest.ENV);
        watcher = PreviewApp.watch(lesson, window, PreviewWindowTest.ENV);
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
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private LessonEditor editor() {
        return window.editor();
    }

    @Test
    void aTypoIsUnderlinedAndItsMessageIsAtHand(FxRobot robot) throws Exception {
        assertTrue(onFx(() -> editor().area().getText()).equals(LESSON), "the editor holds the file's text");
        assertTrue(onFx(() -> editor().mistakes().isEmpty()));
        int at = LESSON.indexOf("circle c") + 2;
        robot.clickOn("#editor");
        onFx(() -> {
            editor().moveCaretTo(at);
            return null;
        });
        robot.type(KeyCode.X);
        waitUntil(() -> !editor().mistakes().isEmpty());
        assertTrue(onFx(() -> editor().area().getStyleOfChar(at).contains("mistake")),
                "the misspelt kind is underlined");
        assertFalse(onFx(() -> editor().area().getStyleOfChar(LESSON.indexOf("point A") + 1).contains("mistake")),
                "nothing else is");
        assertTrue(onFx(() -> editor().mistakes().get(0).message()).contains("cixrcle"));
        var style = onFx(() -> editor().area().getStyleOfChar(LESSON.indexOf("point A") + 1));
        assertTrue(style.contains("kind"), "coloured by the language server's own categories: " + style);
        assertEquals(LESSON, Files.readString(lesson), "nothing is written before Ctrl+S");
    }

    @Test
    void ctrlSpaceOffersAKindsClausesAndCtrlSSavesForTheReloadToFollow(FxRobot robot) throws Exception {
        int reloads = onFx(() -> window.model().reloads());
        int end = LESSON.indexOf("  show c");
        robot.clickOn("#editor");
        onFx(() -> {
            editor().area().insertText(end, "  circle d: \n");
            editor().moveCaretTo(end + "  circle d: ".length());
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.SPACE).release(KeyCode.CONTROL);
        waitUntil(() -> editor().offers().isShowing());
        List<String> offered = onFx(() -> editor().offers().getItems().stream()
                .map(i -> (String) i.getUserData()).toList());
        assertTrue(offered.containsAll(List.of("center", "radius", "fill")), offered.toString());
        onFx(() -> {
            MenuItem radius = editor().offers().getItems().stream().filter(i -> "radius".equals(i.getUserData()))
                    .findFirst().orElseThrow();
            radius.fire();
            editor().offers().hide();
            editor().area().insertText(editor().area().getCaretPosition(), " 0.5");
            return null;
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> Files.readString(lesson).contains("  circle d: radius 0.5\n"));
        waitUntil(() -> window.model().reloads() > reloads);
    }

    @Test
    void theCaretOutlinesItsObjectAndAClickFindsTheDefinition(FxRobot robot) throws Exception {
        waitUntil(window::showsCurrentFrame);
        onFx(() -> {
            editor().moveCaretTo(LESSON.indexOf("point A") + 3);
            return null;
        });
        waitUntil(() -> window.links().outlinedName().equals(java.util.Optional.of("A")));
        onFx(() -> {
            editor().moveCaretTo(0);
            return null;
        });
        waitUntil(() -> window.links().outlinedName().isEmpty());
        robot.clickOn(onScreen(new Vec(3, 1)));
        waitUntil(() -> editor().area().getCaretPosition() == LESSON.indexOf("point A") + "point ".length());
    }

    @Test
    void draggingAPointRewritesExactlyOneNumberAndTheFrameFollows(FxRobot robot) throws Exception {
        waitUntil(window::showsCurrentFrame);
        int reloads = onFx(() -> window.model().reloads());
        int[] before = onFx(() -> window.shownPixels().clone());
        robot.drag(onScreen(new Vec(3, 1)), MouseButton.PRIMARY).dropTo(onScreen(new Vec(4, 1)));
        waitUntil(() -> !Files.readString(lesson).equals(LESSON));
        String after = Files.readString(lesson);
        assertEquals(1, changedNumbers(LESSON, after), after);
        assertTrue(after.contains("point A: at (4, 1), label \"A\"  # a point written with numbers"), after);
        waitUntil(() -> window.model().reloads() > reloads && window.showsCurrentFrame());
        assertFalse(onFx(() -> Arrays.equals(before, window.shownPixels())), "the frame follows the text");

        robot.clickOn("#frame");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> Files.readString(lesson).equals(LESSON));
    }

    @Test
    void aComputedPointCannotBeDragged(FxRobot robot) throws Exception {
        waitUntil(window::showsCurrentFrame);
        robot.drag(onScreen(new Vec(2, 0)), MouseButton.PRIMARY).dropTo(onScreen(new Vec(2, -1.5)));
        waitUntil(() -> robot.lookup("#status").queryAs(Label.class).getText().contains("P cannot be dragged"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LESSON, Files.readString(lesson), "the text is untouched");
        assertEquals(LESSON, onFx(() -> editor().area().getText()));
    }

    /** Where a point of the scene is on the screen, as the picture shows it now. */
    private Point2D onScreen(Vec world) throws Exception {
        return onFx(() -> {
            var image = window.shownImage();
            var frame = window.model().timeline().frameAt(window.model().time());
            Projection p = new Projection(frame.viewport(), (int) image.getWidth(), (int) image.getHeight());
            return window.frameView().localToScreen(p.px(world.x()), p.py(world.y()));
        });
    }

    /** How many numbers differ between two texts that are otherwise the same. */
    private static int changedNumbers(String before, String after) {
        Pattern number = Pattern.compile("-?\\d+(\\.\\d+)?");
        assertEquals(number.matcher(before).replaceAll("#"), number.matcher(after).replaceAll("#"),
                "only numbers change");
        List<String> a = numbers(number.matcher(before));
        List<String> b = numbers(number.matcher(after));
        int changed = 0;
        for (int i = 0; i < a.size(); i++) {
            changed += a.get(i).equals(b.get(i)) ? 0 : 1;
        }
        return changed;
    }

    private static List<String> numbers(Matcher m) {
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
