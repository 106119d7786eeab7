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

    private static OptionalDouble map(OptionalDouble v, java.util.function.DoubleUnaryOperator f) {
        return v.isPresent() ? OptionalDouble.of(f.applyAsDouble(v.getAsDouble())) : v;
    }
}
