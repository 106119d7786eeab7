package org.lessonstudio.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Vec;

/** Where motions end, what follows a moved object, and when staggered actions start. */
class MotionTest {

    private static final double EPS = 1e-9;

    private static Item item(FrameState frame, String name) {
        return frame.items().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on screen at " + frame.time()));
    }

    private static Vec dot(FrameState frame, String name) {
        return ((Figure.Dot) item(frame, name).figure()).position();
    }

    private static void assertClose(Vec expected, Vec actual) {
        assertEquals(expected.x(), actual.x(), EPS, "x");
        assertEquals(expected.y(), actual.y(), EPS, "y");
    }

    @Test
    void moveRotateAndScaleEndWhereTheySayAndWhatDependsOnThemFollows() {
        Timeline timeline = Lessons.timeline("""
                lesson "Motions"

                scene "One"
                  point P: at (1, 0)
                  point O: at (0, 0)
                  line l: from O to P
                  square sq: center (0, 0), side 2
                  show P, O, l, sq
                  move P to (3, 4) over 1s
                  rotate P by 90deg about O over 1s
                  scale sq by 2 over 1s
                  rotate sq by 45deg over 1s
                """);
        assertClose(new Vec(3, 4), dot(timeline.frameAt(1.0), "P"));
        FrameState afterTurn = timeline.frameAt(2.0);
        assertClose(new Vec(-4, 3), dot(afterTurn, "P"));
        assertClose(new Vec(-4, 3), ((Figure.Segment) item(afterTurn, "l").figure()).to());
        FrameState end = timeline.frameAt(4.0);
        Figure.Polygon sq = (Figure.Polygon) item(end, "sq").figure();
        for (Vec corner : sq.corners()) {
            assertEquals(2 * Math.sqrt(2), corner.length(), EPS, "scaled by 2 about its centre");
        }
        assertClose(new Vec(0, -2 * Math.sqrt(2)), sq.corners().get(0));
    }

    @Test
    void moveBySlidesByTheAmountWhereverTheObjectIs() {
        Timeline timeline = Lessons.timeline("""
                lesson "Slides"

                scene "One"
                  point P: at (1, 0)
                  polygon t: points (0, 0), (4, 0), (0, 3)
                  show P, t
                  move P to (2, 2) over 1s
                  move P by (1, -3) over 1s
                  move t by (2, 1) over 1s
                """);
        assertClose(new Vec(3, -1), dot(timeline.frameAt(2.0), "P"));
        assertClose(new Vec(2.5, 0.5), dot(timeline.frameAt(1.5), "P"));
        Figure.Polygon t = (Figure.Polygon) item(timeline.frameAt(3.0), "t").figure();
        assertClose(new Vec(2, 1), t.corners().get(0));
        assertClose(new Vec(2, 4), t.corners().get(2));
    }

    @Test
    void aTriangleMovedToItsOwnCentreStaysWhereItIs() {
        // A right triangle's centre (the average of its corners) is not the middle of its box:
        // `move t to t.center` once slid it by half a unit, and a proof picture went wrong.
        Timeline timeline = Lessons.timeline("""
                lesson "Centres"

                scene "One"
                  polygon t: points (0, 0), (4, 0), (0, 3)
                  point c: at t.center
                  show t, c
                  move t to t.center over 1s
                  rotate t by 180deg over 1s
                """);
        Figure.Polygon still = (Figure.Polygon) item(timeline.frameAt(1.0), "t").figure();
        assertClose(new Vec(4, 0), still.corners().get(1));
        Figure.Polygon turned = (Figure.Polygon) item(timeline.frameAt(2.0), "t").figure();
        // Turned half a turn about its centre (4/3, 1): (4, 0) goes to (-4/3, 2).
        assertClose(new Vec(-4.0 / 3, 2), turned.corners().get(1));
    }

    @Test
    void moveAlongAPathEndsAtItsEndAndPassesItsMiddle() {
        Timeline timeline = Lessons.timeline("""
                lesson "Along"

                scene "One"
                  circle c: center (0, 0), radius 2
                  point P: at (5, 5)
                  show P
                  move P along c over 2s ease linear
                """);
        assertClose(new Vec(-2, 0), dot(timeline.frameAt(1.0), "P"));
        Vec end = dot(timeline.frameAt(2.0), "P");
        assertEquals(2, end.x(), 1e-6);
        assertEquals(0, end.y(), 1e-6);
    }

    @Test
    void objectsMovedTogetherKeepTheirPlacesTowardEachOther() {
        Timeline timeline = Lessons.timeline("""
                lesson "Together"

                scene "One"
                  point A: at (0, 0)
                  point B: at (2, 0)
                  group g: A, B
                  show g
                  move g to (1, 3) over 1s
                """);
        FrameState end = timeline.frameAt(1.0);
        assertClose(new Vec(0, 3), dot(end, "A"));
        assertClose(new Vec(2, 3), dot(end, "B"));
    }

    @Test
    void staggeredRevealsStartOneAfterAnother() {
        Timeline timeline = Lessons.timeline("""
                lesson "Stagger"

                scene "One"
                  point A: at (0, 0)
                  point B: at (1, 0)
                  point C: at (2, 0)
                  fade in A, B, C over 1s stagger 0.5s
                  wait 1s
                """);
        ScenePlan plan = timeline.scenes().get(0);
        assertEquals(0.0, plan.reveals().get("A").get(0).start());
        assertEquals(0.5, plan.reveals().get("B").get(0).start());
        assertEquals(1.0, plan.reveals().get("C").get(0).start());
        assertEquals(2.0 + 1.0 + Schedule.SCENE_TAIL, plan.duration(), EPS);
    }

    @Test
    void aTraceRecordsThePathTheMovingPointTook() {
        Timeline timeline = Lessons.timeline("""
                lesson "Trace"

                scene "One"
                  value t = 0
                  point P: at (t, t^2)
                  show P
                  trace P
                  animate t to 2 over 2s ease linear
                """);
        Figure.Polyline trail = (Figure.Polyline) item(timeline.frameAt(2.0), "trace of P").figure();
        var points = trail.runs().get(0);
        assertTrue(points.size() > 60, "sampled densely");
        for (Vec p : points) {
            assertEquals(p.x() * p.x(), p.y(), 1e-9, "every point of the trail is on y = x²");
        }
        assertClose(new Vec(2, 4), points.get(points.size() - 1));
    }

    @Test
    void theCameraFocusesOnAnObject() {
        Timeline timeline = Lessons.timeline("""
                lesson "Camera"

                scene "One"
                  axes xy: x from -4 to 4, y from -2 to 2
                  point P: at (2, 1)
                  show P
                  camera focus P zoom 4 over 1s
                  camera reset over 1s
                """);
        var zoomed = timeline.frameAt(1.0).viewport();
        assertEquals(2, (zoomed.xMin() + zoomed.xMax()) / 2, EPS);
        assertEquals(1, (zoomed.yMin() + zoomed.yMax()) / 2, EPS);
        assertEquals(2, zoomed.xMax() - zoomed.xMin(), EPS, "8 units wide, zoomed 4 times");
        var back = timeline.frameAt(2.0).viewport();
        assertEquals(-4, back.xMin(), EPS);
        assertEquals(4, back.xMax(), EPS);
    }

    @Test
    void aTransformEndsWithTheTargetShownAndTheSourceHidden() {
        Timeline timeline = Lessons.timeline("""
                lesson "Morph"

                scene "One"
                  square sq: center (0, 0), side 2
                  circle c: radius 1
                  show sq
                  transform sq into c over 1s
                  wait 1s
                """);
        FrameState middle = timeline.frameAt(0.5);
        Item morph = item(middle, "sq into c");
        assertTrue(morph.figure() instanceof Figure.Morph m && m.progress() > 0 && m.progress() < 1);
        FrameState after = timeline.frameAt(1.5);
        assertTrue(after.items().stream().noneMatch(i -> i.name().equals("sq")));
        assertTrue(after.items().stream().anyMatch(i -> i.name().equals("c")));
    }
}
