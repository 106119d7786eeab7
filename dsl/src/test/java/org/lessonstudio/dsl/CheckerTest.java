package org.lessonstudio.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.Scene;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Theme;
import org.lessonstudio.dsl.model.VideoFormat;
import org.lessonstudio.dsl.source.SourceFile;

/** What a correct lesson turns into: the checked model the rest of the pipeline reads. */
class CheckerTest {

    private static Lesson compile(String text) {
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.of("t.lesson", text));
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
        return result.lesson().get();
    }

    @Test
    void headerSettingsAreRead() {
        Lesson lesson = compile("""
                lesson "Sine"
                  audience: Grade 10 mathematics
                  language: zh-Hans
                  video: 1280x720, 24 fps
                  theme: whiteboard

                scene "One"
                  wait 1s
                """);
        assertEquals("Sine", lesson.title());
        assertEquals("Grade 10 mathematics", lesson.audience());
        assertEquals("zh-Hans", lesson.language());
        assertEquals(new VideoFormat(1280, 720, 24), lesson.video());
        assertEquals(Theme.WHITEBOARD, lesson.theme());
    }

    @Test
    void aTranslationNamesItsBookmarksAndSpeaksItsOwnWords() {
        Scene scene = compile("""
                lesson "Bookmarks"

                scene "One"
                  value t = 0
                  say "Now {turn} the angle.", zh "现在{turn:转动}角度。"
                    at turn: animate t to pi over 1s
                """).scenes().get(0);
        Action.Say say = (Action.Say) scene.actions().get(0);
        assertEquals(List.of("turn"), say.bookmarks());
        assertEquals(List.of("Now ", "turn the angle."), say.lines().get("en"));
        assertEquals(List.of("现在", "转动角度。"), say.lines().get("zh"), "the name is not spoken, the words are");
    }

    @Test
    void objectsComeAfterWhatTheyAreDefinedFrom() {
        Lesson lesson = compile("""
                lesson "Order"

                scene "One"
                  line bridge: from P to (3, 0)
                  point P: on unit at angle t
                  value t = 0
                  circle unit: radius 1
                  draw bridge
                """);
        List<String> order = lesson.scenes().get(0).shapes().stream().map(Shape::name).toList();
        assertTrue(order.indexOf("unit") < order.indexOf("P"));
        assertTrue(order.indexOf("P") < order.indexOf("bridge"));
    }

    @Test
    void actionsCarryTheirDurationsAndEasings() {
        Scene scene = compile("""
                lesson "Actions"

                scene "One"
                  value t = 0
                  circle c: radius 1, color teal, dashed
                  draw c over 2 seconds
                  animate t to 2 pi over 6s ease linear
                  together
                    fade out c over 500ms
                    wait 1
                  say "Hello there"
                    write tex "x^2" at top right
                """).scenes().get(0);
        Action.Reveal draw = (Action.Reveal) scene.actions().get(0);
        assertEquals(2.0, draw.duration());
        assertEquals(Easing.SMOOTH, draw.easing());
        Action.Animate animate = (Action.Animate) scene.actions().get(1);
        assertEquals(6.0, animate.duration());
        assertEquals(Easing.LINEAR, animate.easing());
        Action.Together together = (Action.Together) scene.actions().get(2);
        assertEquals(0.5, ((Action.Reveal) together.children().get(0)).duration());
        Action.Say say = (Action.Say) scene.actions().get(3);
        assertEquals("Hello there", say.text("en"));
        assertInstanceOf(Action.Reveal.class, say.during().get(0));
        Shape.Circle c = (Shape.Circle) scene.shapes().stream().filter(s -> s.name().equals("c")).findFirst()
                .orElseThrow();
        assertEquals(ColorName.TEAL, c.style().color());
        assertTrue(c.style().dashed());
        assertTrue(scene.shapes().stream().anyMatch(s -> s instanceof Shape.Tex t && t.tex().equals("x^2")));
    }

    @Test
    void degreesAndMultiplesOfPiAreRadians() {
        Scene scene = compile("""
                lesson "Units"

                scene "One"
                  value a = 90deg
                  value b = 30 deg
                  value c = 2pi
                  wait 1s
                """).scenes().get(0);
        assertEquals(new org.lessonstudio.dsl.model.Expr.Constant(Math.PI / 2), scene.values().get("a"));
        assertEquals(new org.lessonstudio.dsl.model.Expr.Constant(2 * Math.PI), scene.values().get("c"));
    }

    @Test
    void theFlagshipLessonHasNoMistakes() throws Exception {
        LessonCompiler.Result result = LessonCompiler.compile(
                SourceFile.read(java.nio.file.Path.of("../examples/sine-from-unit-circle.lesson")));
        assertEquals("", DiagnosticPrinter.print(result.diagnostics()));
        assertEquals(3, result.lesson().get().scenes().size());
    }
}
