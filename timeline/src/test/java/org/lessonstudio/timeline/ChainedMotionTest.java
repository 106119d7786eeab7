package org.lessonstudio.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Vec;

/**
 * Motions and animations worked out from other motions and animations: two objects moved onto
 * each other in the same instant once recursed forever, and a long chain of them overflowed the
 * stack (issue 11). Frames stay the same whatever order they are asked for in.
 */
class ChainedMotionTest {

    private static Vec dot(FrameState frame, String name) {
        return frame.items().stream().filter(i -> i.name().equals(name)).map(i -> ((Figure.Dot) i.figure()).position())
                .findFirst().orElseThrow();
    }

    private static FrameState onASmallStack(Timeline timeline, double t) throws InterruptedException {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread drawing = new Thread(null, () -> {
            try {
                out.set(timeline.frameAt(t));
            } catch (Throwable e) {
                out.set(e);
            }
        }, "frame", 512 * 1024);
        drawing.start();
        drawing.join();
        if (out.get() instanceof Throwable e) {
            throw new AssertionError(e);
        }
        return (FrameState) out.get();
    }

    private static final String SWAP = """
            lesson "Swap"

            scene "One"
              point A: at (0, 0)
              point B: at (1, 0)
              show A, B
              together
                move A to B over 0s
                move B to A over 0s
              wait 2s
            """;

    @Test
    void twoObjectsMovedOntoEachOtherInOneInstantAreDrawnTheSameInAnyOrder() throws InterruptedException {
        Timeline forwards = Lessons.timeline(SWAP);
        Timeline backwards = Lessons.timeline(SWAP);
        double end = forwards.duration() - 1;
        for (double t = 0; t < forwards.duration(); t += 0.5) {
            forwards.frameAt(t);
        }
        FrameState late = onASmallStack(backwards, end);
        assertEquals(dot(forwards.frameAt(end), "A"), dot(late, "A"));
        assertEquals(dot(forwards.frameAt(end), "B"), dot(late, "B"));
    }

    @Test
    void aLongChainOfMovesWrittenBackwardsIsDrawnOnASmallStack() throws InterruptedException {
        StringBuilder text = new StringBuilder("lesson \"Moves\"\n\nscene \"One\"\n");
        int n = 999;
        for (int i = 0; i < n; i++) {
            text.append("  point p").append(i).append(": at (").append(i).append(", 0)\n");
        }
        for (int i = n - 1; i > 0; i--) {
            text.append("  move p").append(i).append(" to p").append(i - 1).append(" over 0s\n");
        }
        text.append("  show p").append(n - 1).append("\n  wait 2s\n");
        Timeline timeline = Lessons.timeline(text.toString());
        onASmallStack(timeline, timeline.duration() - 1);
    }

    @Test
    void aLongChainOfMovesWrittenForwardsEndsWhereTheChainSays() throws InterruptedException {
        StringBuilder text = new StringBuilder("lesson \"Moves\"\n\nscene \"One\"\n");
        int n = 999;
        for (int i = 0; i < n; i++) {
            text.append("  point p").append(i).append(": at (").append(i).append(", 0)\n");
        }
        for (int i = 1; i < n; i++) {
            text.append("  move p").append(i).append(" to p").append(i - 1).append(" over 0s\n");
        }
        text.append("  show p").append(n - 1).append("\n  wait 2s\n");
        Timeline timeline = Lessons.timeline(text.toString());
        assertEquals(new Vec(0, 0), dot(onASmallStack(timeline, timeline.duration() - 1), "p" + (n - 1)));
    }

    @Test
    void aLongChainOfAnimationsIsWorkedOutOnASmallStack() throws InterruptedException {
        StringBuilder text = new StringBuilder("lesson \"Values\"\n\nscene \"One\"\n");
        int n = 500;
        for (int i = 0; i < n; i++) {
            text.append("  value v").append(i).append(" = 0\n");
        }
        text.append("  point P: at (v").append(n - 1).append(", 0)\n  show P\n");
        text.append("  animate v0 to 1 over 0.01s\n");
        for (int i = 1; i < n; i++) {
            text.append("  animate v").append(i).append(" to v").append(i - 1).append(" + 1 over 0.01s\n");
        }
        text.append("  wait 2s\n");
        Timeline timeline = Lessons.timeline(text.toString());
        assertEquals(n, dot(onASmallStack(timeline, timeline.duration() - 1), "P").x(), 1e-9);
    }
}
