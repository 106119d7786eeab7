package org.lessonstudio.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Vec;

/**
 * Works out expressions and objects' geometry at one moment of a scene. One evaluator serves one
 * frame; it remembers what it has worked out for that frame only, so frames never share state.
 */
final class Evaluator {

    private final ValueTracks tracks;
    private final double time;
    private final Map<String, Double> values = new HashMap<>();
    private final Map<String, Figure> figures = new HashMap<>();
    private final FigureBuilder builder;

    Evaluator(ValueTracks tracks, double time) {
        this.tracks = tracks;
        this.time = time;
        this.builder = new FigureBuilder(this, tracks.viewport());
    }

    double number(Expr e) {
        return number(e, Double.NaN);
    }

    /** @param x the curve parameter's value, when evaluating a curve's formula */
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
            if (n.measure() == Expr.Measure.RADIUS) {
                return f instanceof Figure.Arc a ? a.radius() : ((Figure.Circle) f).radius();
            }
            Figure.Segment s = (Figure.Segment) f;
            return s.to().minus(s.from()).length();
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
            return point(d.a(), x).minus(point(d.b(), x)).length();
        }
        throw new IllegalStateException("not a number expression: " + e);
    }

    Vec point(Expr e) {
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
            return anchor(p.object(), p.anchor());
        }
        if (e instanceof Expr.PointMath m) {
            Vec a = point(m.point(), x);
            return switch (m.operator()) {
                case PLUS -> a.plus(point(m.other(), x));
                case MINUS -> a.minus(point(m.other(), x));
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

    private Vec anchor(String object, Expr.Anchor anchor) {
        Figure f = figure(object);
        if (f instanceof Figure.Dot d) {
            return d.position();
        }
        if (f instanceof Figure.Segment s) {
            return switch (anchor) {
                case END -> s.to();
                case MIDDLE -> s.from().plus(s.to()).times(0.5);
                default -> s.from();
            };
        }
        if (f instanceof Figure.Brace b) {
            return anchor == Expr.Anchor.END ? b.to() : b.from();
        }
        if (f instanceof Figure.Circle c) {
            return c.center();
        }
        if (f instanceof Figure.Ellipse e) {
            return e.center();
        }
        if (f instanceof Figure.Arc a) {
            double angle = anchor == Expr.Anchor.START ? a.start() : a.start() + a.sweep();
            return anchor == Expr.Anchor.CENTER ? a.center()
                    : a.center().plus(new Vec(Math.cos(angle), Math.sin(angle)).times(a.radius()));
        }
        if (f instanceof Figure.Polygon p) {
            Vec sum = Vec.ZERO;
            for (Vec corner : p.corners()) {
                sum = sum.plus(corner);
            }
            return sum.times(1.0 / p.corners().size());
        }
        if (f instanceof Figure.Axes) {
            return Vec.ZERO;
        }
        if (f instanceof Figure.Polyline) {
            Shape.Curve curve = (Shape.Curve) tracks.shape(object);
            double at = number(anchor == Expr.Anchor.END ? curve.to() : curve.from());
            return builder.curvePoint(curve, at);
        }
        throw new IllegalStateException(object + " has no point " + anchor);
    }

    Shape shapeNamed(String name) {
        return tracks.shape(name);
    }

    /** The geometry of an object at this moment. */
    Figure figure(String name) {
        Figure known = figures.get(name);
        if (known == null) {
            Shape shape = tracks.shape(name);
            try {
                known = MotionTracks.moved(builder.build(shape), tracks.motions().affine(name, time));
            } catch (NotDrawable e) {
                throw e.at(shape.span(), name.contains("#") ? "this object" : "`" + name + "`");
            }
            figures.put(name, known);
        }
        return known;
    }
}
