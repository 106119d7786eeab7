package org.lessonstudio.timeline.frame;

import org.lessonstudio.dsl.model.Axis;

/**
 * The ticks and numbers along one axis: every multiple of a step inside its range, each number
 * written with as many decimals as the step needs (0.01, 0.02 … never 0.0100000001). Without a
 * step given, one of 1, 2 or 5 times a power of ten is chosen from the range and the axis's length
 * on screen, so that about 4 to 10 numbers stand along it with room between them. A step that is
 * given is kept, even when its numbers touch ({@link #crowded}: the check warns about it).
 *
 * <p>The room numbers take is worked out from their characters at the size the renderer draws them
 * ({@link #SIZE}), a little generously, so the check and the picture agree without a font.
 *
 * @param step     the distance between ticks, in the axis's own numbers
 * @param decimals how many decimals each number is written with
 */
public record AxisNumbers(double step, int decimals) {

    /** The height numbers are drawn at, in screen units. */
    public static final double SIZE = 0.4;
    /** Most ticks a chosen step puts along an axis, both ends counted (0 to 10 keeps a step of 1). */
    static final int MOST = 11;
    /** Room a chosen step keeps between two numbers, in screen units. */
    static final double ROOM = 0.35;
    /** The least distance a chosen step puts between two ticks, in screen units (about a unit: 0 to 10 by 1s). */
    static final double SPACING = 0.85;
    /** Less room than this between two numbers and they touch. */
    static final double TOUCHING = 0.08;
    /** More ticks than this are never drawn (a step far too small for its range). */
    static final int TOO_MANY = 400;

    /**
     * The numbers for an axis from {@code min} to {@code max}, {@code length} screen units long;
     * {@code step} as given, or 0 to choose one. {@code across} is true for numbers standing side
     * by side along the axis (under an x axis: their widths matter), false for numbers stacked
     * beside it (a y axis: their heights matter).
     */
    public static AxisNumbers of(double min, double max, double step, double length, boolean across) {
        if (step > 0) {
            return new AxisNumbers(step, decimalsOf(step));
        }
        double range = max - min;
        if (!(range > 0) || !(length > 0)) {
            return new AxisNumbers(1, 0);
        }
        int exponent = (int) Math.floor(Math.log10(range / 100));
        AxisNumbers last = new AxisNumbers(1, 0);
        for (int e = exponent; e <= exponent + 4; e++) {
            for (int mantissa : new int[] {1, 2, 5}) {
                double s = mantissa * Math.pow(10, e);
                last = new AxisNumbers(s, decimalsOf(s));
                double[] values = last.values(min, max);
                if (last.count(min, max) <= MOST && s * length / range >= SPACING
                        && last.room(values, range, length, across) >= ROOM) {
                    return last;
                }
            }
        }
        return last;
    }

    /** The axis with its step: its own, or the one chosen for its length on screen. */
    public static Axis stepped(Axis axis, double length, boolean across) {
        return axis.step() != Axis.CHOSEN ? axis : new Axis(axis.min(), axis.max(),
                of(axis.min(), axis.max(), Axis.CHOSEN, length, across).step(), axis.numbers(), axis.label(),
                axis.numberStep());
    }

    /** Whether two neighbouring numbers touch (or there are too many ticks to draw at all). */
    public boolean crowded(double min, double max, double length, boolean across) {
        return count(min, max) > TOO_MANY || room(values(min, max), max - min, length, across) < TOUCHING;
    }

    /** How many multiples of the step lie from {@code min} to {@code max}. */
    long count(double min, double max) {
        return Math.max(0, (long) Math.floor(max / step + 1e-9) - (long) Math.ceil(min / step - 1e-9) + 1);
    }

    /** Every multiple of the step from {@code min} to {@code max}, both ends included; none if far too many. */
    public double[] values(double min, double max) {
        long first = (long) Math.ceil(min / step - 1e-9);
        if (count(min, max) > TOO_MANY) {
            return new double[0];
        }
        double[] out = new double[(int) count(min, max)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (first + i) * step;
        }
        return out;
    }

    /**
     * A number as a teacher writes it at this step: rounded to the step's decimals, without
     * trailing zeros, with a true minus sign: 2, 0.5, −1.5, 0.05.
     */
    public String written(double v) {
        if (Math.abs(v) < step * 1e-6) {
            return "0";
        }
        String fixed = new java.math.BigDecimal(v).setScale(decimals, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return fixed.replace('-', '\u2212');
    }

    /** The least room between two neighbouring numbers, in screen units (infinite for one number or none). */
    double room(double[] values, double range, double length, boolean across) {
        double spacing = step * length / range;
        double least = Double.POSITIVE_INFINITY;
        for (int i = 1; i < values.length; i++) {
            double taken = across ? (width(written(values[i - 1])) + width(written(values[i]))) / 2 : height();
            least = Math.min(least, spacing - taken);
        }
        return least;
    }

    /** A number's width in screen units, a little generously: digits, a point, a minus sign. */
    static double width(String number) {
        double ems = 0;
        for (char c : number.toCharArray()) {
            ems += c == '.' ? 0.32 : c == '\u2212' ? 0.84 : 0.64;
        }
        return ems * SIZE;
    }

    /** A number's height in screen units (its digits' ink). */
    static double height() {
        return 0.75 * SIZE;
    }

    /** The fewest decimals that write the step exactly (at most six). */
    static int decimalsOf(double step) {
        for (int d = 0; d < 6; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, scaled)) {
                return d;
            }
        }
        return 6;
    }
}
