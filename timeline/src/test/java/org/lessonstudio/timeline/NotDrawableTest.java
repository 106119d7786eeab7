package org.lessonstudio.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.source.Limits;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Vec;

/**
 * What only a frame can show: a number that becomes infinite as a value moves, found with the
 * lesson line that made it; and lessons at the language's limits, worked out without running out
 * of stack (issue 11).
 */
class NotDrawableTest {

    private static Diagnostic mistake(Timeline timeline, double t) {
        NotDrawable e = assertThrows(NotDrawable.class, () -> timeline.frameAt(t));
        assertTrue(e.placed(), "the lesson line is known");
        return e.diagnostic(timeline.lesson().source());
    }

    @Test
    void aRadiusThatBecomesInfiniteStopsAtItsObjectsLine() {
        Timeline timeline = Lessons.timeline("""
                lesson "Shrinking"

                scene "One"
                  value t = 1
                  circle c: center (0, 0), radius 1 / t
                  draw c
                  animate t to 0 over 2s
                  wait 3s
                """);
        timeline.frameAt(1.0);
        Diagnostic d = mistake(timeline, timeline.duration() - 2);
        assertEquals(5, d.line());
        assertEquals("frame.not-finite", d.code());
        assertTrue(d.message().contains("`c` works out to infinity"), d.message());
    }

    @Test
    void aMoveOrACameraAimedAtInfinityStopsAtTheActionsLine() {
        Timeline timeline = Lessons.timeline("""
                lesson "Aim"

                scene "One"
                  value u = 1
                  point Q: at (0, 0)
                  show Q
                  animate u to 0 over 1s
                  move Q to (1 / u, 0) over 1s
                  camera pan to (1 / u, 0) over 1s
                """);
        Diagnostic move = mistake(timeline, 1.5);
        assertEquals(8, move.line(), "the move, not the point's definition: " + move.message());
        Timeline camera = Lessons.timeline("""
                lesson "Aim"

                scene "One"
                  value u = 1
                  point Q: at (0, 0)
                  show Q
                  animate u to 0 over 1s
                  camera pan to (1 / u, 0) over 1s
                """);
        assertEquals(8, mistake(camera, 1.5).line(), "the camera, not the lesson's first line");
    }

    @Test
    void aValueThatBecomesNoNumberStopsAtTheValuesLine() {
        Timeline timeline = Lessons.timeline("""
                lesson "Roots"

                scene "One"
                  value t = 2
                  value r = sqrt(t - 1)
                  circle c: center (0, 0), radius r + 1
                  draw c
                  animate t to 0 over 2s
                  wait 3s
                """);
        Diagnostic d = mistake(timeline, timeline.duration() - 2);
        assertEquals(5, d.line());
        assertTrue(d.message().contains("the value `r` works out to no number at all"), d.message());
    }

    @Test
    void anAnimationTowardsInfinityStopsAtTheAnimate() {
        Timeline timeline = Lessons.timeline("""
                lesson "Far"

                scene "One"
                  value s = 1
                  value t = 1
                  circle c: center (0, 0), radius t
                  draw c
                  animate s to 0 over 1s
                  animate t to 1 / s over 2s
                """);
        // s is animated, so the checker cannot know it reaches 0; the frame finds out, at the animate
        Diagnostic d = mistake(timeline, timeline.duration() - 0.5);
        assertEquals(9, d.line());
    }

    @Test
    void gapsInACurveAndCrossingsThatDoNotExistAreStillAllowed() {
        Timeline timeline = Lessons.timeline("""
                lesson "Gaps"

                scene "One"
                  curve h: y = 1 / x for x from -2 to 2
                  curve r: y = sqrt(x) for x from -2 to 2
                  line l: from (-3, 5) to (3, 5)
                  circle c: center (0, 0), radius 1
                  point E: at intersection(l, c)
                  draw h, r
                  show E
                  wait 3s
                """);
        FrameState frame = timeline.frameAt(timeline.duration() - 2);
        assertEquals(3, frame.items().size());
    }

    @Test
    void aSumOfFiftyThousandTermsIsDrawn() {
        String sum = String.join(" + ", Collections.nCopies(50_000, "t"));
        Timeline timeline = Lessons.timeline("lesson \"Long\"\n\nscene \"One\"\n  value t = 0.00001\n"
                + "  point P: at (" + sum + ", 0)\n  show P\n  animate t to 0.00002 over 1s\n  wait 3s\n");
        FrameState frame = timeline.frameAt(timeline.duration() - 2);
        Vec p = ((Figure.Dot) frame.items().stream().filter(i -> i.name().equals("P")).map(Item::figure)
                .findFirst().orElseThrow()).position();
        assertEquals(1.0, p.x(), 1e-6);
    }

    @Test
    void aChainOfDeepDefinitionsAtTheLimitIsWorkedOutOnASmallStack() throws InterruptedException {
        frameOnASmallStack(Limits.EXPRESSION_DEPTH - 2);
    }

    @Test
    void aLongChainOfShallowDefinitionsAtTheLimitIsWorkedOutOnASmallStack() throws InterruptedException {
        frameOnASmallStack(4);
    }

    /**
     * The deepest lesson the checker lets through: each point defined from the one before, with
     * expressions {@code depth} deep, as many as the definition depth allows; its last point is
     * worked out on a thread with half the stack a Java thread has by default.
     */
    private static void frameOnASmallStack(int depth) throws InterruptedException {
        String deep = "(".repeat(depth - 3) + "1" + ")".repeat(depth - 3);
        StringBuilder text = new StringBuilder("lesson \"Chain\"\n\nscene \"One\"\n  value t = 0\n"
                + "  point p0: at (t, 0)\n");
        int links = Limits.DEFINITION_DEPTH / (depth + Limits.DEFINITION_STEP) - 1;
        for (int i = 1; i <= links; i++) {
            text.append("  point p").append(i).append(": at p").append(i - 1).append(" + (").append(deep)
                    .append(", 0)\n");
        }
        text.append("  show p").append(links).append("\n  animate t to 1 over 1s\n");
        Timeline timeline = Lessons.timeline(text.toString());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<FrameState> frame = new AtomicReference<>();
        Thread drawing = new Thread(null, () -> {
            try {
                frame.set(timeline.frameAt(0.5));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "frame", 512 * 1024);
        drawing.start();
        drawing.join();
        assertEquals(null, failure.get());
        Vec last = ((Figure.Dot) frame.get().items().get(0).figure()).position();
        assertEquals(links, last.x(), 1.0, "each link moves the point one to the right");
    }
}
