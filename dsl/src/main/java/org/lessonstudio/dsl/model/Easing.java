package org.lessonstudio.dsl.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How an action's progress runs from 0 to 1 over its duration ({@code ease smooth}).
 * {@link #apply(double)} maps linear progress to eased progress; 0 stays 0 and 1 stays 1.
 */
public enum Easing {
    LINEAR("linear"),
    /** Slow start, slow finish: the default, and what a hand moving a slider does. */
    SMOOTH("smooth"),
    IN("in"),
    OUT("out"),
    IN_OUT("in-out"),
    /** Overshoots a little and settles back, like a drawer closing. */
    BACK("back"),
    /** Overshoots and wobbles to rest, like a spring. */
    ELASTIC("elastic"),
    /** Lands and bounces, like a dropped ball. */
    BOUNCE("bounce");

    private final String word;

    Easing(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public double apply(double p) {
        double t = Math.max(0, Math.min(1, p));
        return switch (this) {
            case LINEAR -> t;
            case SMOOTH -> t * t * t * (t * (t * 6 - 15) + 10);
            case IN -> t * t * t;
            case OUT -> 1 - Math.pow(1 - t, 3);
            case IN_OUT -> t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
            case BACK -> 1 + 2.70158 * Math.pow(t - 1, 3) + 1.70158 * Math.pow(t - 1, 2);
            case ELASTIC -> t == 0 || t == 1 ? t
                    : Math.pow(2, -10 * t) * Math.sin((t * 10 - 0.75) * (2 * Math.PI / 3)) + 1;
            case BOUNCE -> bounce(t);
        };
    }

    private static double bounce(double t) {
        double n = 7.5625;
        double d = 2.75;
        if (t < 1 / d) {
            return n * t * t;
        }
        if (t < 2 / d) {
            double u = t - 1.5 / d;
            return n * u * u + 0.75;
        }
        if (t < 2.5 / d) {
            double u = t - 2.25 / d;
            return n * u * u + 0.9375;
        }
        double u = t - 2.625 / d;
        return n * u * u + 0.984375;
    }

    public static Optional<Easing> named(String word) {
        return Arrays.stream(values()).filter(e -> e.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Easing::word).toList();
    }
}
