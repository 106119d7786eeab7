package org.lessonstudio.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.timeline.frame.Box;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Screen;
import org.lessonstudio.timeline.frame.Vec;

/** Tracks as a teacher meets them: instant ones jump, colours change whole, groups move by their middle. */
class TrackTest {

    private static Item item(FrameState frame, String name) {
        return frame.items().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on screen at " + frame.time()));
    }

    @Test
    void aGroupMovedInNoTimeIsThereAtOnceAndNothingRecurses() {
        Timeline timeline = Lessons.timeline("""
                lesson "Jump"

                scene "One"
                  point A: at (1, 0)
                  point B: at (3, 0)
                  group g: A, B
                  show A, B
                  move g to (0, 2) over 0s
                  wait 1s
                """);
        FrameState at = timeline.frameAt(0);
        Vec a = ((Figure.Dot) item(at, "A").figure()).position();
        Vec b = ((Figure.Dot) item(at, "B").figure()).position();
        assertEquals(new Vec(-1, 2), a, "a move of no length is at its end from its start");
        assertEquals(new Vec(1, 2), b);
    }

    @Test
    void aColourChangeBlendsTheFillWithTheOutlineAndEndsOnIt() {
        Timeline timeline = Lessons.timeline("""
                lesson "Colours"

                scene "One"
                  square sq: center (0, 0), side 2, color blue, fill blue
                  show sq
                  change sq color orange over 2s
                  wait 1s
                """);
        Item middle = item(timeline.frameAt(1.0), "sq");
        assertEquals(ColorName.ORANGE, middle.tint().color());
        assertEquals(middle.tint(), middle.fillTint(), "the fill is on its way with the outline");
        assertTrue(middle.tint().amount() > 0.2 && middle.tint().amount() < 0.8, middle.tint().toString());
        Item end = item(timeline.frameAt(2.5), "sq");
        assertEquals(ColorName.ORANGE, end.style().color());
        assertEquals(ColorName.ORANGE, end.style().fill());
        assertTrue(end.fillTint().isNone());
    }

    @Test
    void aGroupWithWritingMovesByTheMiddleOfAllOfIt() {
        Timeline timeline = Lessons.timeline("""
                lesson "Middle"

                scene "One"
                  circle c: center (-3, 0), radius 1
                  text t: "A long line of writing beside it" at (2, 0)
                  group g: c, t
                  show c, t
                  move g to (0, 0) over 1s
                """);
        FrameState end = timeline.frameAt(1.0);
        Screen screen = new Screen(org.lessonstudio.timeline.frame.Viewport.DEFAULT, 16.0 / 9);
        Box all = item(end, "c").figure().box(screen).with(item(end, "t").figure().box(screen));
        assertEquals(0, all.middle().x(), 0.05, "the group's middle is where it was sent: " + all);
        assertEquals(0, all.middle().y(), 0.05);
    }

    @Test
    void anAnimationEndsAtTheSameMomentAt24And60FramesASecond() {
        Timeline timeline = Lessons.timeline("""
                lesson "Rates"

                scene "One"
                  value t = 0
                  point P: at (t, 0)
                  show P
                  animate t to 3 over 1.5s
                  wait 1s
                """);
        for (int fps : new int[] {24, 60}) {
            int frame = (int) Math.ceil(1.5 * fps);
            Vec p = ((Figure.Dot) item(timeline.frameAt(frame / (double) fps), "P").figure()).position();
            assertEquals(3, p.x(), 1e-9, fps + " fps");
            Vec before = ((Figure.Dot) item(timeline.frameAt((frame - 1) / (double) fps), "P").figure()).position();
            assertNotEquals(3, before.x(), 1e-6, fps + " fps: not there a frame early");
        }
    }

    @Test
    void framesAskedFromEightThreadsInAnyOrderAreTheFramesAskedInOrder() throws Exception {
        double[] times = new double[200];
        Timeline reference = Lessons.flagship();
        for (int i = 0; i < times.length; i++) {
            times[i] = reference.duration() * i / times.length;
        }
        List<FrameState> inOrder = new ArrayList<>();
        for (double t : times) {
            inOrder.add(reference.frameAt(t));
        }
        Timeline fresh = Lessons.flagship();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(7));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<FrameState>> asked = new ArrayList<>();
            FrameState[] got = new FrameState[times.length];
            List<Integer> which = new ArrayList<>();
            for (int i : order) {
                asked.add(pool.submit(() -> fresh.frameAt(times[i])));
                which.add(i);
            }
            for (int k = 0; k < asked.size(); k++) {
                got[which.get(k)] = asked.get(k).get();
            }
            for (int i = 0; i < times.length; i++) {
                assertEquals(inOrder.get(i), got[i], "frame at " + times[i]);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
