package org.lessonstudio.timeline.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.MathFunction;

/**
 * A field made ready for every pixel gives the same numbers as the field read part by part: for
 * the potential of two charges, {@code 1 / distance((x, y), A) - 1 / distance((x, y), B)}, and a
 * square, a power and a function of two numbers.
 */
class FieldTest {

    private static final Expr X = new Expr.PlaneVariable(Expr.Axis.X);
    private static final Expr Y = new Expr.PlaneVariable(Expr.Axis.Y);

    private static Expr n(double v) {
        return new Expr.Constant(v);
    }

    private static Expr op(Expr.Operator o, Expr a, Expr b) {
        return new Expr.Arithmetic(o, a, b);
    }

    @Test
    void readyToRunGivesTheSameNumbers() {
        Expr here = new Expr.PairOf(X, Y);
        Expr a = new Expr.PairOf(n(-2), n(0));
        Expr b = new Expr.PointMath(Expr.Operator.TIMES, new Expr.PairOf(n(1), n(0.5)), n(2));
        Expr potential = op(Expr.Operator.MINUS, op(Expr.Operator.DIVIDE, n(1), new Expr.Distance(here, a)),
                op(Expr.Operator.DIVIDE, n(1), new Expr.Distance(here, b)));
        Expr bumps = op(Expr.Operator.PLUS, op(Expr.Operator.POWER, X, n(2)),
                new Expr.Apply(MathFunction.MAX, List.of(op(Expr.Operator.POWER, Y, n(3)),
                        new Expr.Negate(new Expr.Coordinate(new Expr.PointMath(Expr.Operator.MINUS, here, a),
                                Expr.Axis.X)))));
        for (Expr formula : List.of(potential, bumps)) {
            Field field = new Field(formula);
            FieldCode.Numbers ready = field.numbers();
            for (double x = -3; x <= 3; x += 0.37) {
                for (double y = -2; y <= 2; y += 0.41) {
                    assertEquals(field.number(x, y), ready.at(x, y), 1e-12, formula + " at " + x + ", " + y);
                }
            }
        }
    }
}
