package org.lessonstudio.timeline.frame;

import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.MathFunction;

/**
 * A field's formula turned once into small functions that call each other, so that working it out
 * at every pixel of a picture costs no look-ups of what kind each part is and makes no objects:
 * {@code x^2 + y^2} becomes a sum of two squares of the coordinates. Gives the same numbers as
 * {@link Field#number} (a test compares them).
 */
public final class FieldCode {

    /** A number at each point of the plane. */
    @FunctionalInterface
    public interface Numbers {
        double at(double x, double y);
    }

    /** A point for each point of the plane, as its two coordinates. */
    public record Points(Numbers x, Numbers y) { }

    private FieldCode() {
    }

    static Numbers number(Expr e) {
        if (e instanceof Expr.Constant c) {
            double v = c.value();
            return (x, y) -> v;
        }
        if (e instanceof Expr.PlaneVariable v) {
            return v.axis() == Expr.Axis.X ? (x, y) -> x : (x, y) -> y;
        }
        if (e instanceof Expr.Negate n) {
            Numbers a = number(n.operand());
            return (x, y) -> -a.at(x, y);
        }
        if (e instanceof Expr.Arithmetic a) {
            return arithmetic(a);
        }
        if (e instanceof Expr.Apply f) {
            MathFunction function = f.function();
            Numbers first = number(f.arguments().get(0));
            if (f.arguments().size() == 1) {
                return (x, y) -> function.apply(first.at(x, y));
            }
            Numbers second = number(f.arguments().get(1));
            return (x, y) -> function.apply(first.at(x, y), second.at(x, y));
        }
        if (e instanceof Expr.Coordinate c) {
            Points p = point(c.point());
            return c.axis() == Expr.Axis.X ? p.x() : p.y();
        }
        if (e instanceof Expr.Distance d) {
            Points a = point(d.a());
            Points b = point(d.b());
            return (x, y) -> {
                double dx = a.x().at(x, y) - b.x().at(x, y);
                double dy = a.y().at(x, y) - b.y().at(x, y);
                return Math.sqrt(dx * dx + dy * dy);
            };
        }
        throw new IllegalStateException("a field holds numbers and x and y only, not " + e);
    }

    private static Numbers arithmetic(Expr.Arithmetic a) {
        Numbers l = number(a.left());
        if (a.operator() == Expr.Operator.POWER && a.right() instanceof Expr.Constant c && c.value() == 2) {
            return (x, y) -> {
                double v = l.at(x, y);
                return v * v;
            };
        }
        Numbers r = number(a.right());
        return switch (a.operator()) {
            case PLUS -> (x, y) -> l.at(x, y) + r.at(x, y);
            case MINUS -> (x, y) -> l.at(x, y) - r.at(x, y);
            case TIMES -> (x, y) -> l.at(x, y) * r.at(x, y);
            case DIVIDE -> (x, y) -> l.at(x, y) / r.at(x, y);
            case POWER -> (x, y) -> Math.pow(l.at(x, y), r.at(x, y));
        };
    }

    static Points point(Expr e) {
        if (e instanceof Expr.PairOf p) {
            return new Points(number(p.x()), number(p.y()));
        }
        if (e instanceof Expr.PointMath m) {
            Points a = point(m.point());
            return switch (m.operator()) {
                case PLUS, MINUS -> {
                    Points b = point(m.other());
                    Expr.Operator op = m.operator();
                    Numbers ax = a.x();
                    Numbers ay = a.y();
                    Numbers bx = b.x();
                    Numbers by = b.y();
                    yield op == Expr.Operator.PLUS
                            ? new Points((x, y) -> ax.at(x, y) + bx.at(x, y), (x, y) -> ay.at(x, y) + by.at(x, y))
                            : new Points((x, y) -> ax.at(x, y) - bx.at(x, y), (x, y) -> ay.at(x, y) - by.at(x, y));
                }
                case TIMES, DIVIDE -> {
                    Numbers k = number(m.other());
                    boolean times = m.operator() == Expr.Operator.TIMES;
                    Numbers ax = a.x();
                    Numbers ay = a.y();
                    yield times ? new Points((x, y) -> ax.at(x, y) * k.at(x, y), (x, y) -> ay.at(x, y) * k.at(x, y))
                            : new Points((x, y) -> ax.at(x, y) / k.at(x, y), (x, y) -> ay.at(x, y) / k.at(x, y));
                }
                case POWER -> throw new IllegalStateException("checker let through point ^");
            };
        }
        throw new IllegalStateException("a field holds numbers and x and y only, not " + e);
    }
}
