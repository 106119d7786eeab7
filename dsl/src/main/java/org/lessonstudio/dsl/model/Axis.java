package org.lessonstudio.dsl.model;

/**
 * One axis of a coordinate system: the stretch of numbers it shows, a tick every {@code step}
 * ({@link #CHOSEN} when the lesson gives none: one that reads well is chosen when it is drawn),
 * whether it is numbered and every how much ({@code numberStep}: at the ticks when it is
 * {@code step} or {@link #CHOSEN}, unless the lesson says {@code numbers every 2}), and its label
 * ({@code ""} for none; {@code $…$} in it is
 * typeset).
 */
public record Axis(double min, double max, double step, boolean numbers, String label, double numberStep) {

    /** An axis numbered at its ticks. */
    public Axis(double min, double max, double step, boolean numbers, String label) {
        this(min, max, step, numbers, label, step);
    }

    /** The step of an axis the lesson gives none for: chosen from its range and its length on screen. */
    public static final double CHOSEN = 0;

    /** How long it is in its own numbers. */
    public double length() {
        return max - min;
    }
}
