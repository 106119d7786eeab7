package org.lessonstudio.dsl.model;

/**
 * How an object is drawn. Sizes are in screen units: the frame is 9 units tall whatever its
 * resolution, so a lesson looks the same at 640x360 and at 3840x2160.
 *
 * @param fill      the fill colour, or null for none
 * @param thickness stroke width in screen units
 * @param opacity   0 (invisible) to 1
 * @param layer     which objects cover which: higher layers are drawn over lower ones (default 0)
 */
public record Style(ColorName color, ColorName fill, double thickness, boolean dashed, double opacity, int layer) {

    public Style(ColorName color, ColorName fill, double thickness, boolean dashed, double opacity) {
        this(color, fill, thickness, dashed, opacity, 0);
    }

    public static final double DEFAULT_THICKNESS = 0.04;

    public static Style of(ColorName color) {
        return new Style(color, null, DEFAULT_THICKNESS, false, 1);
    }
}
