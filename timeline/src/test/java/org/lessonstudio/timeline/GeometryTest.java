package org.lessonstudio.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Vec;

/** Constructions a geometry lesson relies on: crossings, distances, shapes built from their parts. */
class GeometryTest {

    private static final double EPS = 1e-9;

    private static Figure figure(FrameState frame, String name) {
        return frame.items().stream().filter(i -> i.name().equals(name)).map(Item::figure).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not on screen"));
    }

    private static Vec dot(FrameState frame, String name) {
        return ((Figure.Dot) figure(frame, name)).position();
    }

    private static void assertClose(Vec expected, Vec actual, double eps) {
        assertEquals(expected.x(), actual.x(), eps, "x");
        assertEquals(expected.y(), actual.y(), eps, "y");
    }

    @Test
    void lineAndCircleCrossWhereTheAlgebraSays() {
        Timeline timeline = Lessons.timeline("""
                lesson "Crossings"

                scene "One"
                  circle c: center (0, 0), radius 2
                  circle d: center (2, 0), radius 2
                  line l: from (-3, 1) to (3, 1)
                  curve f: y = x^2 for x from -2 to 2
                  point A: at intersection(l, c, 1)
                  point B: at intersection(l, c, 2)
                  point C: at intersection(c, d, 1)
                  point D: at intersection(f, l, 2)
                  point E: at intersection(l, c, 3)
                  show A, B, C, D, E
                """);
        FrameState frame = timeline.frameAt(0.1);
        assertClose(new Vec(-Math.sqrt(3), 1), dot(frame, "A"), EPS);
        assertClose(new Vec(Math.sqrt(3), 1), dot(frame, "B"), EPS);
        assertClose(new Vec(1, -Math.sqrt(3)), dot(frame, "C"), EPS);
        assertClose(new Vec(1, 1), dot(frame, "D"), 1e-3);
        assertTrue(Double.isNaN(dot(frame, "E").x()), "there is no third crossing");
    }

    @Test
    void distanceAndShapesBuiltFromTheirParts() {
        Timeline timeline = Lessons.timeline("""
                lesson "Parts"

                scene "One"
                  point A: at (1, 1)
                  point B: at (4, 5)
                  number d: distance(A, B), decimals 3
                  polygon hex: sides 6, center (0, 0), radius 2
                  square sq: corner (1, 1), side 2
                  rectangle r: from (0, 0) to (3, 2)
                  vector v: from A, components (2, -1)
                  line m: from A to B
                  point M: at m.middle
                  show d, hex, sq, r, v, M
                """);
        FrameState frame = timeline.frameAt(0.1);
        assertEquals("5.000", ((Figure.Text) figure(frame, "d")).text());
        Figure.Polygon hex = (Figure.Polygon) figure(frame, "hex");
        assertEquals(6, hex.corners().size());
        for (Vec corner : hex.corners()) {
            assertEquals(2, corner.length(), EPS, "every corner of a regular polygon is on its circle");
        }
        assertClose(new Vec(0, 2), hex.corners().get(0), EPS);
        assertClose(new Vec(3, 3), ((Figure.Polygon) figure(frame, "sq")).corners().get(2), EPS);
        assertClose(new Vec(3, 0), ((Figure.Polygon) figure(frame, "r")).corners().get(1), EPS);
        Figure.Segment v = (Figure.Segment) figure(frame, "v");
        assertClose(new Vec(3, 0), v.to(), EPS);
        assertTrue(v.arrow());
        assertClose(new Vec(2.5, 3), dot(frame, "M"), EPS);
    }

    @Test
    void aTangentBuiltFromThePointStaysAtRightAnglesToTheRadiusAsThePointMoves() {
        Timeline timeline = Lessons.timeline("""
                lesson "Tangent"

                scene "One"
                  circle c: radius 2
                  value t = 0
                  point P: on c at angle t
                  line tangent: from P - (-P.y, P.x) to P + (-P.y, P.x)
                  line radius: from c.center to P
                  show tangent, radius
                  animate t to 2 over 2s
                """);
        for (double time : new double[] {0, 0.7, 1.3, 2}) {
            FrameState frame = timeline.frameAt(time);
            Figure.Segment tangent = (Figure.Segment) figure(frame, "tangent");
            Figure.Segment radius = (Figure.Segment) figure(frame, "radius");
            Vec along = tangent.to().minus(tangent.from());
            Vec out = radius.to().minus(radius.from());
            assertEquals(0, along.x() * out.x() + along.y() * out.y(), 1e-9, "perpendicular at " + time);
            assertClose(radius.to(), tangent.from().plus(tangent.to()).times(0.5), EPS);
        }
    }

    @Test
    void curvesParametricAndPolarPassThroughTheirPoints() {
        Timeline timeline = Lessons.timeline("""
                lesson "Curves"

                scene "One"
                  curve circle: x = cos(s), y = sin(s) for s from 0 to pi
                  curve rose: r = 2 cos(2 θ) for θ from 0 to pi / 4
                  show circle, rose
                """);
        FrameState frame = timeline.frameAt(0.1);
        Figure.Polyline circle = (Figure.Polyline) figure(frame, "circle");
        for (Vec p : circle.runs().get(0)) {
            assertEquals(1, p.length(), EPS);
        }
        var rose = ((Figure.Polyline) figure(frame, "rose")).runs().get(0);
        assertClose(new Vec(2, 0), rose.get(0), EPS);
        assertClose(new Vec(0, 0), rose.get(rose.size() - 1), 1e-9);
    }
}
