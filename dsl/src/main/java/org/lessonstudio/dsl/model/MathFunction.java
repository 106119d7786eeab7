package org.lessonstudio.dsl.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/** The functions a lesson can call in an expression. */
public enum MathFunction {
    SIN("sin", Math::sin),
    COS("cos", Math::cos),
    TAN("tan", Math::tan),
    /** The inverse functions, in radians as every angle is: {@code asin(1)} is π/2. */
    ASIN("asin", Math::asin),
    ACOS("acos", Math::acos),
    ATAN("atan", Math::atan),
    SINH("sinh", Math::sinh),
    COSH("cosh", Math::cosh),
    TANH("tanh", Math::tanh),
    SQRT("sqrt", Math::sqrt),
    ABS("abs", Math::abs),
    EXP("exp", Math::exp),
    LN("ln", Math::log),
    /** The logarithm to base 10, as pH and decibels use it. */
    LOG10("log10", Math::log10),
    FLOOR("floor", Math::floor),
    /** Halves up, as at school; in doubles, so 10^20 stays 10^20 (a long would stop at 2^63). */
    ROUND("round", MathFunction::round),
    MIN("min", Math::min),
    MAX("max", Math::max);

    private final String word;
    private final DoubleUnaryOperator unary;
    private final DoubleBinaryOperator binary;

    MathFunction(String word, DoubleUnaryOperator unary) {
        this.word = word;
        this.unary = unary;
        this.binary = null;
    }

    MathFunction(String word, DoubleBinaryOperator binary) {
        this.word = word;
        this.unary = null;
        this.binary = binary;
    }

    public String word() {
        return word;
    }

    public int arity() {
        return unary != null ? 1 : 2;
    }

    public double apply(double a) {
        return unary.applyAsDouble(a);
    }

    public double apply(double a, double b) {
        return binary.applyAsDouble(a, b);
    }

    private static double round(double x) {
        // from 2^52 up every double is whole; below, Math.round is exact (and rounds 0.49999999999999994 down)
        return !(Math.abs(x) < 0x1p52) ? x : (double) Math.round(x);
    }

    public static Optional<MathFunction> named(String word) {
        return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(MathFunction::word).toList();
    }
}
