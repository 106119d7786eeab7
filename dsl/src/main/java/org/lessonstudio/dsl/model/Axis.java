package org.lessonstudio.dsl.model;

/**
 * One axis of a coordinate system: the stretch of numbers it shows, a tick every {@code step},
 * whether the ticks are numbered, and its label ({@code ""} for none; {@code $…$} in it is
 * typeset).
 */
public record Axis(double min, double max, double step, boolean numbers, String label) {

    /** How long it is in its own numbers. */
    public double length() {
        return max - min;
    }
}
