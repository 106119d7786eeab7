package org.lessonstudio.timeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Scene;
import org.lessonstudio.dsl.model.Shape;

/**
 * Finds the {@code draw}s of curves whose range is growing while they are drawn, and makes each
 * draw by the range alone ({@link Draw#whole}): drawing a fraction of a range that is itself
 * growing would leave the curve's end behind the point it follows.
 *
 * <pre>
 * curve h: y = 40 x - 4 x^2 for x from 0 to t
 * together
 *   draw h
 *   animate t to 8 over 4s      # the curve's end is at (t, h(t)) all the way
 * </pre>
 */
final class GrowingRanges {

    private GrowingRanges() {
    }

    static List<Track> drawnByRange(Scene scene, List<Track> tracks) {
        return tracks.stream().map(t -> t instanceof Draw d && !d.whole() && growing(scene, d, tracks)
                ? new Draw(d.target(), d.kind(), d.start(), d.duration(), d.easing(), d.seq(), true) : t).toList();
    }

    /** Whether the draw's curve has a range set by a value that is animated while the draw runs. */
    private static boolean growing(Scene scene, Draw draw, List<Track> tracks) {
        if (draw.duration() <= 0) {
            return false;
        }
        Shape shape = scene.shapes().stream().filter(s -> s.name().equals(draw.target())).findFirst().orElse(null);
        if (!(shape instanceof Shape.Curve curve)) {
            return false;
        }
        Set<String> values = new HashSet<>();
        collect(curve.from(), values);
        collect(curve.to(), values);
        if (values.isEmpty()) {
            return false;
        }
        for (Track track : tracks) {
            if (track instanceof Animate a && values.contains(a.value()) && a.duration() > 0
                    && a.start() < draw.end() && draw.start() < a.end()) {
                return true;
            }
        }
        return false;
    }

    /** The values an expression reads directly. */
    private static void collect(Expr e, Set<String> into) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.ValueOf v) {
            into.add(v.name());
        } else if (e instanceof Expr.Negate n) {
            collect(n.operand(), into);
        } else if (e instanceof Expr.Arithmetic a) {
            collect(a.left(), into);
            collect(a.right(), into);
        } else if (e instanceof Expr.Apply a) {
            a.arguments().forEach(x -> collect(x, into));
        } else if (e instanceof Expr.Coordinate c) {
            collect(c.point(), into);
        } else if (e instanceof Expr.PointMath p) {
            collect(p.point(), into);
            collect(p.other(), into);
        } else if (e instanceof Expr.PairOf p) {
            collect(p.x(), into);
            collect(p.y(), into);
        } else if (e instanceof Expr.Distance d) {
            collect(d.a(), into);
            collect(d.b(), into);
        }
        // numbers, the curve's own x, and objects' points and sizes read no value directly
    }
}
