package org.lessonstudio.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.timeline.frame.Affine;
import org.lessonstudio.timeline.frame.Box;
import org.lessonstudio.timeline.frame.Field;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Screen;
import org.lessonstudio.timeline.frame.Values;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/**
 * Works out values and objects' geometry at one moment of a scene: at a frame's time (every
 * track begun by then counts), or just before a track starts (only the tracks before it count:
 * {@link Track#before}). One evaluator serves one such moment and remembers what it has worked
 * out for it only, so frames never share state.
 */
final class Evaluator implements Values {

    private final SceneTracks scene;
    private final double time;
    /** Null for a frame; otherwise the track just before which the scene is seen. */
    private final Track horizon;
    private final Map<String, Double> values = new HashMap<>();
    private final Map<String, Figure> figures = new HashMap<>();

    private Evaluator(SceneTracks scene, double time, Track horizon) {
        this.scene = scene;
        this.time = time;
        this.horizon = horizon;
    }

    /** The scene at a frame's time. */
    static Evaluator at(SceneTracks scene, double time) {
        return new Evaluator(scene, time, null);
    }

    /** The scene as it is just before {@code track} starts. */
    static Evaluator before(SceneTracks scene, Track track) {
        return new Evaluator(scene, track.start(), track);
    }

    private boolean counts(Track track) {
        return horizon == null ? track.begun(time) : track.before(horizon);
    }

    /** The value now: its latest animation's, or its own expression before any. */
    double value(String name) {
        Double known = values.get(name);
        if (known != null) {
            return known;
        }
        Animate last = null;
        for (Animate a : scene.animations(name)) {
            if (counts(a)) {
                last = a;
            }
        }
        double value;
        if (last != null) {
            value = last.apply(last.alpha(time), scene.ends(last));
        } else {
            try {
                value = number(scene.plan().scene().values().get(name));
            } catch (NotDrawable e) {
                throw e.at(scene.plan().scene().valueSpans().get(name), "the value `" + name + "`");
            }
        }
        values.put(name, value);
        return value;
    }

    /**
     * The figure moved, turned, resized and bent by now: its motions and warps begun, in the order
     * they start, so a warp bends the object where its earlier motions left it, and a later motion
     * moves the bent object.
     */
    private Figure placed(Figure figure, String name) {
        List<Track.Bending> warps = scene.bending(name);
        Affine total = Affine.IDENTITY;
        int next = 0;
        for (Track.Moving m : scene.moving(name)) {
            for (; next < warps.size() && earlier(warps.get(next), m); next++) {
                if (counts(warps.get(next))) {
                    figure = bent(figure, total, warps.get(next));
                    total = Affine.IDENTITY;
                }
            }
            if (counts(m)) {
                total = total.then(m.apply(m.alpha(time), scene.ends(m)));
            }
        }
        for (; next < warps.size(); next++) {
            if (counts(warps.get(next))) {
                figure = bent(figure, total, warps.get(next));
                total = Affine.IDENTITY;
            }
        }
        return total.isIdentity() ? figure : figure.moved(total);
    }

    private static boolean earlier(Track a, Track b) {
        return a.start() < b.start() || a.start() == b.start() && a.seq() < b.seq();
    }

    /** The figure moved by what came before the warp, then bent by it. */
    private Figure bent(Figure figure, Affine before, Track.Bending warp) {
        Figure moved = before.isIdentity() ? figure : figure.moved(before);
        return warp.apply(warp.alpha(time), scene.field(warp), moved);
    }

    /** The geometry of an object at this moment. */
    @Override
    public Figure figure(String name) {
        Figure known = figures.get(name);
        if (known == null) {
            Shape shape = scene.shape(name);
            try {
                known = placed(Figure.of(shape, this), name);
            } catch (NotDrawable e) {
                throw e.at(shape.span(), name.contains("#") ? "this object" : "`" + name + "`");
            }
            figures.put(name, known);
        }
        return known;
    }

    /**
     * The point that stands for an object when it moves; for several moved as one, the middle of
     * the box round them all.
     */
    Vec reference(String name, List<String> group) {
        if (group.isEmpty()) {
            return figure(name).reference(screen());
        }
        Box all = Box.EMPTY;
        for (String member : group) {
            Figure f = figure(member);
            Box box = f.box(screen());
            all = all.with(box.isEmpty() ? Box.around(List.of(f.reference(screen()))) : box);
        }
        return all.middle();
    }

    @Override
    public Shape shape(String name) {
        return scene.shape(name);
    }

    @Override
    public Viewport viewport() {
        return scene.viewport();
    }

    @Override
    public Screen screen() {
        return scene.screen();
    }

    @Override
    public double number(Expr e) {
        return number(e, Double.NaN);
    }

    /** @param x the curve parameter's value, when evaluating a curve's formula */
    @Override
    public double number(Expr e, double x) {
        if (e instanceof Expr.Constant c) {
            return c.value();
        }
        if (e instanceof Expr.ValueOf v) {
            return value(v.name());
        }
        if (e instanceof Expr.CurveVariable) {
            return x;
        }
        if (e instanceof Expr.NumberOf n) {
            return figure(n.object()).measure(n.measure()).orElseThrow(() -> new IllegalStateException(
                    "the checker let through a measure `" + n.measure() + "` of " + n.object()));
        }
        if (e instanceof Expr.Coordinate c) {
            Vec p = point(c.point(), x);
            return c.axis() == Expr.Axis.X ? p.x() : p.y();
        }
        if (e instanceof Expr.Negate n) {
            return -number(n.operand(), x);
        }
        if (e instanceof Expr.Arithmetic a) {
            double l = number(a.left(), x);
            double r = number(a.right(), x);
            return drawable(a.operator().apply(l, r), l, r, x);
        }
        if (e instanceof Expr.Apply f) {
            double first = number(f.arguments().get(0), x);
            if (f.arguments().size() == 1) {
                return drawable(f.function().apply(first), first, 0, x);
            }
            double second = number(f.arguments().get(1), x);
            return drawable(f.function().apply(first, second), first, second, x);
        }
        if (e instanceof Expr.Distance d) {
            Vec a = point(d.a(), x);
            Vec b = point(d.b(), x);
            double length = a.minus(b).length();
            return drawable(length, finite(a) && finite(b) ? 0 : Double.NaN, 0, x);
        }
        throw new IllegalStateException("not a number expression: " + e);
    }

    @Override
    public Field field(Expr e) {
        return new Field(closed(e));
    }

    /** The formula with every part that does not use the plane's x and y worked out now. */
    private Expr closed(Expr e) {
        if (!onPlane(e)) {
            if (isPoint(e)) {
                Vec p = point(e);
                return new Expr.PairOf(new Expr.Constant(p.x()), new Expr.Constant(p.y()));
            }
            return new Expr.Constant(number(e));
        }
        if (e instanceof Expr.Negate n) {
            return new Expr.Negate(closed(n.operand()));
        }
        if (e instanceof Expr.Arithmetic a) {
            return new Expr.Arithmetic(a.operator(), closed(a.left()), closed(a.right()));
        }
        if (e instanceof Expr.Apply f) {
            return new Expr.Apply(f.function(), f.arguments().stream().map(this::closed).toList());
        }
        if (e instanceof Expr.Coordinate c) {
            return new Expr.Coordinate(closed(c.point()), c.axis());
        }
        if (e instanceof Expr.Distance d) {
            return new Expr.Distance(closed(d.a()), closed(d.b()));
        }
        if (e instanceof Expr.PairOf p) {
            return new Expr.PairOf(closed(p.x()), closed(p.y()));
        }
        if (e instanceof Expr.PointMath m) {
            return new Expr.PointMath(m.operator(), closed(m.point()), closed(m.other()));
        }
        return e; // the plane's x or y
    }

    private static boolean isPoint(Expr e) {
        return e instanceof Expr.PairOf || e instanceof Expr.PointOf || e instanceof Expr.PointMath
                || e instanceof Expr.Intersection;
    }

    /** Whether the formula uses the plane's x or y anywhere. */
    private static boolean onPlane(Expr e) {
        if (e instanceof Expr.PlaneVariable) {
            return true;
        }
        if (e instanceof Expr.Negate n) {
            return onPlane(n.operand());
        }
        if (e instanceof Expr.Arithmetic a) {
            return onPlane(a.left()) || onPlane(a.right());
        }
        if (e instanceof Expr.Apply f) {
            return f.arguments().stream().anyMatch(Evaluator::onPlane);
        }
        if (e instanceof Expr.Coordinate c) {
            return onPlane(c.point());
        }
        if (e instanceof Expr.Distance d) {
            return onPlane(d.a()) || onPlane(d.b());
        }
        if (e instanceof Expr.PairOf p) {
            return onPlane(p.x()) || onPlane(p.y());
        }
        if (e instanceof Expr.PointMath m) {
            return onPlane(m.point()) || onPlane(m.other());
        }
        return false;
    }

    @Override
    public Vec point(Expr e) {
        return point(e, Double.NaN);
    }

    /**
     * The result of a calculation on finite numbers, unless it is infinite or no number: then the
     * lesson cannot be drawn at this moment ({@link NotDrawable}). Inside a curve's formula
     * ({@code x} a number) a gap is allowed; a number that was already not finite (a crossing
     * that does not exist now) is passed on, not blamed here.
     */
    private double drawable(double result, double a, double b, double x) {
        if (!Double.isFinite(result) && Double.isFinite(a) && Double.isFinite(b) && Double.isNaN(x)) {
            throw new NotDrawable(result, time);
        }
        return result;
    }

    @Override
    public double written(double number) {
        if (!Double.isFinite(number)) {
            throw new NotDrawable(number, time);
        }
        return number;
    }

    private static boolean finite(Vec v) {
        return Double.isFinite(v.x()) && Double.isFinite(v.y());
    }

    private Vec drawable(Vec result, Vec from, double x) {
        if (Double.isFinite(from.x()) && Double.isFinite(from.y()) && Double.isNaN(x)
                && !(Double.isFinite(result.x()) && Double.isFinite(result.y()))) {
            throw new NotDrawable(Double.isFinite(result.x()) ? result.y() : result.x(), time);
        }
        return result;
    }

    Vec point(Expr e, double x) {
        if (e instanceof Expr.PairOf p) {
            return new Vec(number(p.x(), x), number(p.y(), x));
        }
        if (e instanceof Expr.PointOf p) {
            return figure(p.object()).point(p.anchor()).orElseThrow(() -> new IllegalStateException(
                    "the checker let through a point `" + p.anchor() + "` of " + p.object()));
        }
        if (e instanceof Expr.PointMath m) {
            Vec a = point(m.point(), x);
            return switch (m.operator()) {
                case PLUS, MINUS -> {
                    Vec b = point(m.other(), x);
                    Vec sum = m.operator() == Expr.Operator.PLUS ? a.plus(b) : a.minus(b);
                    yield drawable(sum, finite(b) ? a : b, x);
                }
                case TIMES -> drawable(a.times(number(m.other(), x)), a, x);
                case DIVIDE -> {
                    double by = number(m.other(), x);
                    yield drawable(a.times(1 / by), Double.isFinite(by) ? a : new Vec(by, 0), x);
                }
                case POWER -> throw new IllegalStateException("checker let through point ^");
            };
        }
        if (e instanceof Expr.Intersection i) {
            List<Vec> crossings = Crossings.between(figure(i.a()), figure(i.b()));
            return i.which() <= crossings.size() ? crossings.get(i.which() - 1) : new Vec(Double.NaN, Double.NaN);
        }
        throw new IllegalStateException("not a point expression: " + e);
    }
}
