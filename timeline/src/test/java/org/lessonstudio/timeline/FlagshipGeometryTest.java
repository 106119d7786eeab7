package org.lessonstudio.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Vec;

/**
 * The flagship's maths must be right: while the angle turns, P is at (cos t, sin t), the height
 * drops straight from P to the axis, and the sine curve's tip is at (2 + t, sin t), level with P.
 */
class FlagshipGeometryTest {

    private static final double EPS = 1e-9;
    private static Timeline timeline;
    private static ScenePlan circleScene;

    @BeforeAll
    static void load() throws Exception {
        timeline = Lessons.flagship();
        circleScene = timeline.scenes().stream().filter(s -> s.scene().title().equals("The unit circle"))
                .findFirst().orElseThrow();
    }

    private static Figure figure(FrameState frame, String name) {
        return frame.items().stream().filter(i -> i.name().equals(name)).map(Item::figure).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on screen at " + frame.time()));
    }

    private static void assertClose(Vec expected, Vec actual) {
        assertEquals(expected.x(), actual.x(), EPS, "x");
        assertEquals(expected.y(), actual.y(), EPS, "y");
    }

    @Test
    void atTheEndOfEachTurnPointHeightAndTipAreWhereCosAndSinSay() {
        List<AnimateEvent> turns = circleScene.animations().get("t");
        assertEquals(5, turns.size());
        double[] targets = {Math.PI / 4, Math.PI / 2, Math.PI, 3 * Math.PI / 2, 2 * Math.PI};
        for (int i = 0; i < turns.size(); i++) {
            double t = targets[i];
            FrameState frame = timeline.frameAt(circleScene.start() + turns.get(i).end());
            Vec p = ((Figure.Dot) figure(frame, "P")).position();
            assertClose(new Vec(Math.cos(t), Math.sin(t)), p);
            if (i == 0) {
                continue;
            }
            Figure.Segment height = (Figure.Segment) figure(frame, "height");
            assertClose(p, height.from());
            assertClose(new Vec(Math.cos(t), 0), height.to());
            Vec tip = ((Figure.Dot) figure(frame, "tip")).position();
            assertClose(new Vec(2 + t, Math.sin(t)), tip);
            Figure.Segment bridge = (Figure.Segment) figure(frame, "bridge");
            assertClose(p, bridge.from());
            assertClose(tip, bridge.to());
        }
    }

    @Test
    void inTheMiddleOfATurnTheCurveIsTracedInStepWithThePoint() {
        AnimateEvent lastTurn = circleScene.animations().get("t").get(4);
        for (double fraction : new double[] {0.1, 0.37, 0.5, 0.9}) {
            double local = lastTurn.start() + fraction * lastTurn.duration();
            FrameState frame = timeline.frameAt(circleScene.start() + local);
            Vec p = ((Figure.Dot) figure(frame, "P")).position();
            assertEquals(1, p.length(), EPS, "P stays on the unit circle");
            double t = 3 * Math.PI / 2 + (Math.PI / 2) * lastTurn.easing().apply(fraction);
            assertClose(new Vec(Math.cos(t), Math.sin(t)), p);

            Figure.Polyline wave = (Figure.Polyline) figure(frame, "wave");
            List<Vec> run = wave.runs().get(0);
            Vec end = run.get(run.size() - 1);
            assertClose(new Vec(2 + t, Math.sin(t)), end);
            assertEquals(p.y(), end.y(), EPS, "the tip is level with P");
            assertClose(new Vec(2, 0), run.get(0));
            for (Vec v : run) {
                assertEquals(Math.sin(v.x() - 2), v.y(), EPS, "every sample lies on y = sin(x - 2)");
            }
            Figure.AngleMark theta = (Figure.AngleMark) figure(frame, "theta");
            assertEquals(0, theta.startAngle(), EPS);
            assertEquals(t, theta.sweep(), 1e-6);
        }
    }

    @Test
    void beforeTheFirstTurnThePointRestsAtAngleZero() {
        FrameState frame = timeline.frameAt(circleScene.start() + circleScene.animations().get("t").get(0).start());
        assertClose(new Vec(1, 0), ((Figure.Dot) figure(frame, "P")).position());
        assertTrue(frame.items().stream().noneMatch(i -> i.name().equals("wave")), "the wave is not drawn yet");
    }
}
