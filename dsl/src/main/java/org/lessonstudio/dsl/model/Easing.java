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
    IN_OUT("in-out");

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
        };
    }

    public static Optional<Easing> named(String word) {
        return Arrays.stream(values()).filter(e -> e.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Easing::word).toList();
    }
}
