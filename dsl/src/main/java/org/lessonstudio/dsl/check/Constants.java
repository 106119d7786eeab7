package org.lessonstudio.dsl.check;

import java.util.OptionalDouble;
import org.lessonstudio.dsl.model.Expr;

/** Works out an expression now, if it depends on nothing that changes (no values, no objects). */
final class Constants {

    private Constants() {
    }

    static OptionalDouble evaluate(Expr e) {
        if (e instanceof Expr.Constant c) {
            return OptionalDouble.of(c.value());
        }
        if (e instanceof Expr.Negate n) {
            return map(evaluate(n.operand()), v -> -v);
        }
        if (e instanceof Expr.Arithmetic a) {
            OptionalDouble l = evaluate(a.left());
            OptionalDouble r = evaluate(a.right());
            if (l.isEmpty() || r.isEmpty()) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(a.operator().apply(l.getAsDouble(), r.getAsDouble()));
        }
        if (e instanceof Expr.Apply f) {
            double[] args = new double[f.arguments().size()];
            for (int i = 0; i < args.length; i++) {
                OptionalDouble v = evaluate(f.arguments().get(i));
                if (v.isEmpty()) {
                    return OptionalDouble.empty();
                }
                args[i] = v.getAsDouble();
            }
            return OptionalDouble.of(args.length == 1 ? f.function().apply(args[0])
                    : f.function().apply(args[0], args[1]));
        }
        return OptionalDouble.empty();
    }

    /**
     * The expression worked out, when everything directly under it is already a fixed number
     * (so folding bottom-up, as the checker does, works out every fixed part once); empty when
     * something in it changes. Worked out exactly as the timeline would.
     */
    static java.util.Optional<Expr> fold(Expr e) {
        if (e instanceof Expr.Negate n && n.operand() instanceof Expr.Constant c) {
            return java.util.Optional.of(new Expr.Constant(-c.value()));
        }
        if (e instanceof Expr.Arithmetic a && a.left() instanceof Expr.Constant l
                && a.right() instanceof Expr.Constant r) {
            return java.util.Optional.of(new Expr.Constant(a.operator().apply(l.value(), r.value())));
        }
        if (e instanceof Expr.Apply f && f.arguments().stream().allMatch(Expr.Constant.class::isInstance)) {
            return java.util.Optional.of(new Expr.Constant(evaluate(f).getAsDouble()));
        }
        if (e instanceof Expr.PointMath m && m.point() instanceof Expr.PairOf p
                && p.x() instanceof Expr.Constant x && p.y() instanceof Expr.Constant y) {
            if (m.other() instanceof Expr.Constant k) {
                double factor = m.operator() == Expr.Operator.DIVIDE ? 1 / k.value() : k.value();
                return java.util.Optional.of(new Expr.PairOf(new Expr.Constant(x.value() * factor),
                        new Expr.Constant(y.value() * factor)));
            }
            if (m.other() instanceof Expr.PairOf q && q.x() instanceof Expr.Constant qx
                    && q.y() instanceof Expr.Constant qy) {
                double sign = m.operator() == Expr.Operator.MINUS ? -1 : 1;
                return java.util.Optional.of(new Expr.PairOf(new Expr.Constant(x.value() + sign * qx.value()),
                        new Expr.Constant(y.value() + sign * qy.value())));
            }
        }
        if (e instanceof Expr.PairOf p && p.x() instanceof Expr.Constant && p.y() instanceof Expr.Constant) {
            return java.util.Optional.of(p);
        }
        if (e instanceof Expr.Constant) {
            return java.util.Optional.of(e);
        }
        return java.util.Optional.empty();
    }

    /** Whether a fixed number or point (as {@link #fold} makes them) can be drawn. */
    static boolean finite(Expr fixed) {
        return Double.isFinite(firstNonFinite(fixed));
    }

    /** The first coordinate that is not a finite number, or 0 when all are. */
    static double firstNonFinite(Expr fixed) {
        if (fixed instanceof Expr.Constant c) {
            return Double.isFinite(c.value()) ? 0 : c.value();
        }
        Expr.PairOf p = (Expr.PairOf) fixed;
        double x = ((Expr.Constant) p.x()).value();
        return Double.isFinite(x) ? firstNonFinite(p.y()) : x;
    }

    private static OptionalDouble map(OptionalDouble v, java.util.function.DoubleUnaryOperator f) {
        return v.isPresent() ? OptionalDouble.of(f.applyAsDouble(v.getAsDouble())) : v;
    }
}
