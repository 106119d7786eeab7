package org.lessonstudio.dsl.diag;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A number as a message shows it: whole numbers as written ({@code 1000000}), others to six
 * significant digits ({@code 0.25}, {@code 3.14159}), and very large or very small ones as a
 * power of ten the way a lesson writes them ({@code 10^300}, {@code 1.5 × 10^-7}). Never a
 * computer's clamped integer ({@code 9223372036854775807}) or its {@code 1.0E-6}.
 */
public final class Numbers {

    /** Beyond this, or nearer 0 than {@link #SMALLEST}, a number is shown as a power of ten. */
    private static final double LARGEST = 1e15;
    private static final double SMALLEST = 1e-4;
    private static final MathContext SIX = new MathContext(6);

    private Numbers() {
    }

    public static String shown(double v) {
        if (Double.isNaN(v)) {
            return "no number at all";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "infinity" : "minus infinity";
        }
        double size = Math.abs(v);
        if (size == 0) {
            return "0";
        }
        if (size < LARGEST && v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        if (size < LARGEST && size >= SMALLEST) {
            return BigDecimal.valueOf(v).round(SIX).stripTrailingZeros().toPlainString();
        }
        BigDecimal rounded = BigDecimal.valueOf(v).round(SIX);
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        String power = "10^" + exponent;
        if (mantissa.compareTo(BigDecimal.ONE) == 0) {
            return power;
        }
        if (mantissa.compareTo(BigDecimal.ONE.negate()) == 0) {
            return "-" + power;
        }
        return mantissa.toPlainString() + " \u00D7 " + power;
    }
}
