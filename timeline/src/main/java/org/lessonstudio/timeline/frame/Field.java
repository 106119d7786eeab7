package org.lessonstudio.timeline.frame;

import org.lessonstudio.dsl.model.Expr;

/**
 * A formula that holds at every point of the plane, with this moment's values already put in: a
 * heat map's number at (x, y), or where a warp sends (x, y). It holds only numbers and the
 * point's own {@code x} and {@code y}, so two fields are equal exactly when they give the same
 * answers everywhere (a painted picture can be kept by its field), and it is worked out anywhere
 * without the scene.
 */
public record Field(Expr formula) {

    /**
     * The formula made ready to be worked out at many points (every pixel of a picture): the
     * same numbers as {@link #number}, much faster.
     */
    public FieldCode.Numbers numbers() {
        return FieldCode.number(formula);
    }

    /** The number at (x, y); not a number where the formula has none (a gap). */
    public double number(double x, double y) {
        return number(formula, x, y);
    }

    /** The point the formula gives at (x, y). */
    public Vec point(double x, double y) {
        return point(formula, x, y);
    }

    private static double number(Expr e, double x, double y) {
        if (e instanceof Expr.Constant c) {
            return c.value();
        }
        if (e instanceof Expr.PlaneVariable v) {
            return v.axis() == Expr.Axis.X ? x : y;
        }
        if (e instanceof Expr.Negate n) {
            return -number(n.operand(), x, y);
        }
        if (e instanceof Expr.Arithmetic a) {
            return a.operator().apply(number(a.left(), x, y), number(a.right(), x, y));
        }
        if (e instanceof Expr.Apply f) {
            double first = number(f.arguments().get(0), x, y);
            return f.arguments().size() == 1 ? f.function().apply(first)
                    : f.function().apply(first, number(f.arguments().get(1), x, y));
        }
        if (e instanceof Expr.Coordinate c) {
            Vec p = point(c.point(), x, y);
            return c.axis() == Expr.Axis.X ? p.x() : p.y();
        }
        if (e instanceof Expr.Distance d) {
            return point(d.a(), x, y).minus(point(d.b(), x, y)).length();
        }
        throw new IllegalStateException("a field holds numbers and x and y only, not " + e);
    }

    private static Vec point(Expr e, double x, double y) {
        if (e instanceof Expr.PairOf p) {
            return new Vec(number(p.x(), x, y), number(p.y(), x, y));
        }
        if (e instanceof Expr.PointMath m) {
            Vec a = point(m.point(), x, y);
            return switch (m.operator()) {
                case PLUS -> a.plus(point(m.other(), x, y));
                case MINUS -> a.minus(point(m.other(), x, y));
                case TIMES -> a.times(number(m.other(), x, y));
                case DIVIDE -> a.times(1 / number(m.other(), x, y));
                case POWER -> throw new IllegalStateException("checker let through point ^");
            };
        }
        throw new IllegalStateException("a field holds numbers and x and y only, not " + e);
    }
}
