package org.lessonstudio.timeline.frame;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A number as a live number or a table writes it on the frame: with the decimals asked for, a true
 * minus sign, never {@code -0.00}; and from a thousand million million on, as a power of ten
 * ({@code 1.50 × 10²⁰}), since a double's digits past the sixteenth mean nothing and three hundred
 * of them run off the frame. Only finite numbers are written (see {@link Values#written}).
 */
final class Readouts {

    /** From here on a number is written as a power of ten (as the language's messages do). */
    private static final double LARGEST = 1e15;
    private static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    private Readouts() {
    }

    static String shown(double number, int decimals) {
        if (Math.abs(number) >= LARGEST) {
            return power(number, decimals);
        }
        String plain = String.format(Locale.ROOT, "%." + decimals + "f", number);
        if (plain.matches("-0(\\.0*)?")) {
            plain = plain.substring(1);
        }
        return plain.replace('-', '\u2212');
    }

    private static String power(double number, int decimals) {
        BigDecimal exact = new BigDecimal(number);
        int exponent = exact.precision() - exact.scale() - 1;
        BigDecimal mantissa = exact.movePointLeft(exponent).setScale(decimals, RoundingMode.HALF_EVEN);
        if (mantissa.abs().compareTo(BigDecimal.TEN) >= 0) { // 9.999 rounded up to 10.00
            exponent++;
            mantissa = exact.movePointLeft(exponent).setScale(decimals, RoundingMode.HALF_EVEN);
        }
        return mantissa.toPlainString().replace('-', '\u2212') + " \u00D7 10" + superscript(exponent);
    }

    private static String superscript(int exponent) {
        StringBuilder out = new StringBuilder();
        for (char c : Integer.toString(exponent).toCharArray()) {
            out.append(c == '-' ? '\u207B' : SUPERSCRIPTS.charAt(c - '0'));
        }
        return out.toString();
    }
}
