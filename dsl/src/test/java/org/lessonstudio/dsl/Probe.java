package org.lessonstudio.dsl;

import java.util.Map;
import org.lessonstudio.dsl.model.Expr;

/** Works out a checked number expression made of constants and values, for tests. */
final class Probe {

    private Probe() {
    }

    static double evaluate(Expr e, Map<String, Expr> values) {
        if (e instanceof Expr.Constant c) {
            return c.value();
        }
        if (e instanceof Expr.ValueOf v) {
            return evaluate(values.get(v.name()), values);
        }
        if (e instanceof Expr.Negate n) {
            return -evaluate(n.operand(), values);
        }
        if (e instanceof Expr.Arithmetic a) {
            return a.operator().apply(evaluate(a.left(), values), evaluate(a.right(), values));
        }
        throw new IllegalArgumentException("not for this probe: " + e);
    }
}
