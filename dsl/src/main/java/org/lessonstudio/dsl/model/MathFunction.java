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
    SQRT("sqrt", Math::sqrt),
    ABS("abs", Math::abs),
    EXP("exp", Math::exp),
    LN("ln", Math::log),
    FLOOR("floor", Math::floor),
    ROUND("round", x -> (double) Math.round(x)),
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

    public static Optional<MathFunction> named(String word) {
        return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(MathFunction::word).toList();
    }
}
