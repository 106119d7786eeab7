package org.lessonstudio.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.model.Direction;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Vec;

/**
 * Works out expressions and objects' geometry at one moment of a scene. One evaluator serves one
 * frame; it remembers what it has worked out for that frame only, so frames never share state.
 */
final class Evaluator {

    /** Samples per unit of x when drawing a curve; enough for a smooth line at 4K. */
    private static final int SAMPLES_PER_UNIT = 80;
    private static final int MAX_SAMPLES = 4000;

    private final ValueTracks tracks;
    private final double time;
    private final Map<String, Double> values = new HashMap<>();
    private final Map<String, Figure> figures = new HashMap<>();

    Evaluator(ValueTracks tracks, double time) {
        this.tracks = tracks;
        this.time = time;
    }

    double number(Expr e) {
        return number(e, Double.NaN);
    }

    /** @param x the curve variable's value, when evaluating a curve's formula */
    double number(Expr e, double x) {
        if (e instanceof Expr.Constant c) {
            return c.value();
        }
        if (e instanceof Expr.ValueOf v) {
            Double known = values.get(v.name());
            if (known == null) {
                known = tracks.value(v.name(), time);
                values.put(v.name(), known);
            }
            return known;
        }
        if (e instanceof Expr.CurveVariable) {
            return x;
        }
        if (e instanceof Expr.NumberOf n) {
            Figure f = figure(n.object());
            return switch (n.measure()) {
                case RADIUS -> ((Figure.Circle) f).radius();
                case LENGTH -> {
                    Figure.Segment s = (Figure.Segment) f;
                    yield s.to().minus(s.from()).length();
                }
            };
        }
        if (e instanceof Expr.Coordinate c) {
            Vec p = point(c.point(), x);
            return c.axis() == Expr.Axis.X ? p.x() : p.y();
        }
        if (e instanceof Expr.Negate n) {
            return -number(n.operand(), x);
        }
        if (e instanceof Expr.Arithmetic a) {
            return a.operator().apply(number(a.left(), x), number(a.right(), x));
        }
        if (e instanceof Expr.Apply f) {
            double first = number(f.arguments().get(0), x);
            return f.arguments().size() == 1 ? f.function().apply(first)
                    : f.function().apply(first, number(f.arguments().get(1), x));
        }
        throw new IllegalStateException("not a number expression: " + e);
    }

    Vec point(Expr e) {
        return point(e, Double.NaN);
    }

    private Vec point(Expr e, double x) {
        if (e instanceof Expr.PairOf p) {
            return new Vec(number(p.x(), x), number(p.y(), x));
        }
        if (e instanceof Expr.PointOf p) {
            return anchor(p.object(), p.anchor());
        }
        if (e instanceof Expr.PointMath m) {
            Vec a = point(m.point(), x);
            return switch (m.operator()) {
                case PLUS -> a.plus(point(m.other(), x));
                case MINUS -> a.minus(point(m.other(), x));
                case TIMES -> a.times(number(m.other(), x));
                case DIVIDE -> a.times(1 / number(m.other(), x));
                case POWER -> throw new IllegalStateException("checker let through point ^");
            };
        }
        throw new IllegalStateException("not a point expression: " + e);
    }

    private Vec anchor(String object, Expr.Anchor anchor) {
        Figure f = figure(object);
        if (f instanceof Figure.Dot d) {
            return d.position();
        }
        if (f instanceof Figure.Segment s) {
            return anchor == Expr.Anchor.END ? s.to() : s.from();
        }
        if (f instanceof Figure.Circle c) {
            return c.center();
        }
        if (f instanceof Figure.Axes) {
            return Vec.ZERO;
        }
        if (f instanceof Figure.Polyline) {
            Shape.Curve curve = (Shape.Curve) tracks.shape(object);
            double at = number(anchor == Expr.Anchor.END ? curve.xTo() : curve.xFrom());
            return new Vec(at, number(curve.function(), at));
        }
        throw new IllegalStateException(object + " has no point " + anchor);
    }

    /** The geometry of an object at this moment. */
    Figure figure(String name) {
        Figure known = figures.get(name);
        if (known == null) {
            known = build(tracks.shape(name));
            figures.put(name, known);
        }
        return known;
    }

    private Figure build(Shape shape) {
        if (shape instanceof Shape.Axes a) {
            return new Figure.Axes(a.xMin(), a.xMax(), a.yMin(), a.yMax());
        }
        if (shape instanceof Shape.Circle c) {
            return new Figure.Circle(point(c.center()), number(c.radius()));
        }
        if (shape instanceof Shape.Point p) {
            return new Figure.Dot(point(p.position()), p.label());
        }
        if (shape instanceof Shape.Line l) {
            return new Figure.Segment(point(l.from()), point(l.to()));
        }
        if (shape instanceof Shape.Angle a) {
            return angle(a);
        }
        if (shape instanceof Shape.Curve c) {
            return curve(c);
        }
        if (shape instanceof Shape.Text t) {
            return new Figure.Text(t.text(), anchor(t.placement()), t.size());
        }
        if (shape instanceof Shape.Tex t) {
            return new Figure.Tex(t.tex(), anchor(t.placement()), t.size());
        }
        Shape.Title title = (Shape.Title) shape;
        return new Figure.Title(title.text(), title.subtitle());
    }

    private Figure.Anchor anchor(org.lessonstudio.dsl.model.Placement placement) {
        if (placement instanceof org.lessonstudio.dsl.model.Placement.AtPoint p) {
            return new Figure.Anchor.InScene(point(p.point()));
        }
        return new Figure.Anchor.OnScreen(((org.lessonstudio.dsl.model.Placement.OnScreen) placement).place());
    }

    private Figure angle(Shape.Angle a) {
        Vec vertex = point(a.vertex());
        double from = direction(a.from(), vertex);
        double to = direction(a.to(), vertex);
        double sweep = to - from;
        sweep -= 2 * Math.PI * Math.floor(sweep / (2 * Math.PI));
        return new Figure.AngleMark(vertex, a.radius(), from, sweep, a.label());
    }

    private double direction(Direction d, Vec vertex) {
        if (d instanceof Direction.AlongAxis axis) {
            return axis.axis() == Expr.Axis.X ? 0 : Math.PI / 2;
        }
        if (d instanceof Direction.Toward toward) {
            return point(toward.point()).minus(vertex).angle();
        }
        Figure.Segment s = (Figure.Segment) figure(((Direction.AlongLine) d).line());
        Vec far = s.from().minus(vertex).length() > s.to().minus(vertex).length() ? s.from() : s.to();
        return far.minus(vertex).angle();
    }

    private Figure curve(Shape.Curve c) {
        double from = number(c.xFrom());
        double to = number(c.xTo());
        List<List<Vec>> runs = new ArrayList<>();
        if (!(to > from)) {
            return new Figure.Polyline(runs);
        }
        int n = (int) Math.min(MAX_SAMPLES, Math.max(2, Math.ceil((to - from) * SAMPLES_PER_UNIT)));
        List<Vec> run = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            double x = i == n ? to : from + (to - from) * i / n;
            double y = number(c.function(), x);
            if (Double.isFinite(y)) {
                run.add(new Vec(x, y));
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return new Figure.Polyline(runs);
    }
}
