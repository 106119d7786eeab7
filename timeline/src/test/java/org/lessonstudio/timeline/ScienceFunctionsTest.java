package org.lessonstudio.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Vec;

/**
 * The functions a science teacher reaches for beyond sin, cos and ln: the inverse and hyperbolic
 * ones, and the logarithm to base 10 (pH, decibels). A tester writing a titration and a logistic
 * curve found them missing; each puts a point where the mathematics says.
 */
class ScienceFunctionsTest {

    private static Vec dot(FrameState frame, String name) {
        return ((Figure.Dot) frame.items().stream().filter(i -> i.name().equals(name)).map(Item::figure)
                .findFirst().orElseThrow()).position();
    }

    @Test
    void eachFunctionGivesWhatTheMathematicsSays() {
        Timeline timeline = Lessons.timeline("""
                lesson "Functions"

                scene "Points"
                  point a: at (asin(1), acos(0))
                  point b: at (atan(1), log10(1000))
                  point c: at (sinh(1), cosh(1))
                  point d: at (tanh(0.5), -log10(0.0001))
                  show a, b, c, d
                  wait 1s
                """);
        FrameState frame = timeline.frameAt(0.9);
        assertEquals(Math.PI / 2, dot(frame, "a").x(), 1e-12, "asin(1) = π/2");
        assertEquals(Math.PI / 2, dot(frame, "a").y(), 1e-12, "acos(0) = π/2");
        assertEquals(Math.PI / 4, dot(frame, "b").x(), 1e-12, "atan(1) = π/4");
        assertEquals(3, dot(frame, "b").y(), 1e-12, "log10(1000) = 3");
        assertEquals(Math.sinh(1), dot(frame, "c").x(), 1e-12);
        assertEquals(Math.cosh(1), dot(frame, "c").y(), 1e-12);
        assertEquals(Math.tanh(0.5), dot(frame, "d").x(), 1e-12);
        assertEquals(4, dot(frame, "d").y(), 1e-12, "a pH of 4 from [H+] = 0.0001");
    }
}
