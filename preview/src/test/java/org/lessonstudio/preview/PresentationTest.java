package org.lessonstudio.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Step by step, as a teacher clicks: play to the pause and wait, finish a step, go back, jump, black out. */
class PresentationTest {

    private final Presentation p = new Presentation(List.of(2.0, 5.0), List.of(0.0, 4.0), 8.0);

    @Test
    void playsToEachPauseAndWaits() {
        assertFalse(p.playing(), "it waits for the first click");
        p.forward();
        p.tick(1.5);
        assertEquals(1.5, p.time(), 1e-9);
        p.tick(1.5);
        assertEquals(2.0, p.time(), 1e-9, "stopped at the pause");
        assertFalse(p.playing());
        p.tick(3);
        assertEquals(2.0, p.time(), 1e-9, "and waits there");
        p.forward();
        assertEquals(1, p.step());
        p.tick(10);
        assertEquals(5.0, p.time(), 1e-9);
    }

    @Test
    void forwardWhilePlayingFinishesTheStep() {
        p.forward();
        p.tick(0.5);
        p.forward();
        assertEquals(2.0, p.time(), 1e-9);
        assertFalse(p.playing());
    }

    @Test
    void backGoesToTheStepsStartThenTheOneBefore() {
        p.forward();
        p.tick(5);
        p.forward();
        p.tick(1);
        assertEquals(3.0, p.time(), 1e-9);
        p.back();
        assertEquals(2.0, p.time(), 1e-9);
        assertFalse(p.playing());
        p.back();
        assertEquals(0.0, p.time(), 1e-9);
        assertEquals(0, p.step());
    }

    @Test
    void jumpsToASceneByNumberAndBlacksOut() {
        assertTrue(p.jumpToScene(2));
        assertEquals(4.0, p.time(), 1e-9);
        assertEquals(1, p.step(), "inside the step from 2 s to 5 s");
        assertFalse(p.jumpToScene(3));
        p.toggleBlack();
        assertTrue(p.black());
        p.forward();
        assertFalse(p.black(), "going on brings the picture back");
        p.tick(10);
        assertEquals(5.0, p.time(), 1e-9);
    }
}
