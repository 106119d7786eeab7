package org.lessonstudio.dsl.model;

import java.util.List;

/**
 * A checked expression: every name is resolved and every type is known (a number or a point).
 * The timeline evaluates these per frame; nothing here knows about time.
 */
public sealed interface Expr {

    record Constant(double value) implements Expr { }

    /** The current value of a {@code value}. */
    record ValueOf(String name) implements Expr { }

    /** The {@code x} of a curve's formula. */
    record CurveVariable() implements Expr { }

    /**
     * The {@code x} or {@code y} of a point of the plane, in a formula that holds for every point
     * (a heat map's value, where a warp sends a point).
     */
    record PlaneVariable(Axis axis) implements Expr { }

    /** A point belonging to an object: a point's position, a line's start, a curve's end, a circle's centre. */
    record PointOf(String object, Anchor anchor) implements Expr { }

    /** A number belonging to an object: a circle's radius, a line's length. */
    record NumberOf(String object, Measure measure) implements Expr { }

    /** {@code P.x}: one coordinate of a point. */
    record Coordinate(Expr point, Axis axis) implements Expr { }

    record Negate(Expr operand) implements Expr { }

    /** Arithmetic on numbers. */
    record Arithmetic(Operator operator, Expr left, Expr right) implements Expr { }

    /** A point plus or minus a point, or a point times or divided by a number (always in that order). */
    record PointMath(Operator operator, Expr point, Expr other) implements Expr { }

    record Apply(MathFunction function, List<Expr> arguments) implements Expr {
        public Apply {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code (x, y)}. */
    record PairOf(Expr x, Expr y) implements Expr { }

    /** {@code distance(A, B)}: how far apart two points are. */
    record Distance(Expr a, Expr b) implements Expr { }

    /**
     * {@code intersection(a, b)} or {@code intersection(a, b, 2)}: where two lines, circles or
     * curves cross, the {@code which}-th crossing (1 first) counted from left to right.
     */
    record Intersection(String a, String b, int which) implements Expr { }

    enum Anchor { POSITION, START, END, CENTER, MIDDLE }

    enum Measure { RADIUS, LENGTH }

    enum Axis { X, Y }

    enum Operator {
        PLUS, MINUS, TIMES, DIVIDE, POWER;

        /** The one definition of arithmetic, shared by the checker and the timeline. */
        public double apply(double l, double r) {
            return switch (this) {
                case PLUS -> l + r;
                case MINUS -> l - r;
                case TIMES -> l * r;
                case DIVIDE -> l / r;
                case POWER -> Math.pow(l, r);
            };
        }
    }
}
