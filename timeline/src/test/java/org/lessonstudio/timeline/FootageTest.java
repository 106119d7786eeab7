package org.lessonstudio.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;

/** A shot is on screen for exactly its length; behind the drawing or over the whole frame. */
class FootageTest {

    private static final Timeline TIMELINE = Lessons.timeline("""
            lesson "Footage"

            scene "One"
              circle c: radius 2
              footage "A Ferris wheel at dusk" for 4s, style "documentary"
              together
                footage "Waves on a beach" for 3s, blend behind
                draw c over 2s
              wait 1s
            """);

    private static final Shape.Framing BEHIND = new Shape.Framing(Shape.Blend.BEHIND, Shape.Fit.COVER,
            Shape.Transition.CUT, Shape.Timing.LOOP);

    private static List<Figure.Footage> footage(double time) {
        FrameState frame = TIMELINE.frameAt(time);
        return frame.items().stream().map(Item::figure).filter(Figure.Footage.class::isInstance)
                .map(Figure.Footage.class::cast)
                .map(f -> new Figure.Footage(f.prompt(), f.framing(), f.time(), f.length())).toList();
    }

    @Test
    void eachShotIsOnScreenForItsLengthAndThenGoes() {
        assertEquals(List.of(new Figure.Footage("A Ferris wheel at dusk", Shape.Framing.DEFAULT, 0, 4)), footage(0));
        assertEquals(List.of(new Figure.Footage("A Ferris wheel at dusk", Shape.Framing.DEFAULT, 3.99, 4)), footage(3.99));
        assertEquals(List.of(new Figure.Footage("Waves on a beach", BEHIND, 0, 3)), footage(4.0));
        assertEquals(1.5, footage(5.5).get(0).time(), 1e-9, "time runs from the shot's own start");
        assertEquals(List.of(), footage(7.0));
    }

    @Test
    void eachShotKnowsTheStatementItCameFrom() {
        String text = TIMELINE.lesson().source().text();
        Figure.Footage wheel = (Figure.Footage) TIMELINE.frameAt(1).items().stream().map(Item::figure)
                .filter(Figure.Footage.class::isInstance).findFirst().orElseThrow();
        Figure.Footage waves = (Figure.Footage) TIMELINE.frameAt(5).items().stream().map(Item::figure)
                .filter(Figure.Footage.class::isInstance).findFirst().orElseThrow();
        assertTrue(text.substring(wheel.statement().start(), wheel.statement().end()).contains("Ferris wheel"));
        assertTrue(text.substring(waves.statement().start(), waves.statement().end()).contains("Waves on a beach"));
    }

    @Test
    void footageBehindIsUnderTheDrawingAndFullFrameFootageIsOverIt() {
        List<Item> during = TIMELINE.frameAt(5).items();
        Item waves = during.stream().filter(i -> i.figure() instanceof Figure.Footage).findFirst().orElseThrow();
        Item circle = during.stream().filter(i -> i.name().equals("c")).findFirst().orElseThrow();
        assertTrue(waves.style().layer() < circle.style().layer());
        Item wheel = TIMELINE.frameAt(1).items().stream().filter(i -> i.figure() instanceof Figure.Footage)
                .findFirst().orElseThrow();
        assertTrue(wheel.style().layer() > circle.style().layer());
    }
}
