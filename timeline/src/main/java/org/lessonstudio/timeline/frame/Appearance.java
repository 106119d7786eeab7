package org.lessonstudio.timeline.frame;

/**
 * How much of an object shows at one moment.
 *
 * @param opacity 0 (invisible) to 1
 * @param reveal  how much of it is drawn or written, 0 to 1 (a stroke being drawn, text being written)
 */
public record Appearance(double opacity, double reveal) {

    public static final Appearance HIDDEN = new Appearance(0, 0);
    public static final Appearance FULL = new Appearance(1, 1);

    public boolean visible() {
        return opacity > 0.001 && reveal > 0.0001;
    }

    public Appearance fadedBy(double factor) {
        return new Appearance(opacity * factor, reveal);
    }
}
