package org.lessonstudio.dsl.model;

/**
 * How an object is drawn. Sizes are in screen units: the frame is 9 units tall whatever its
 * resolution, so a lesson looks the same at 640x360 and at 3840x2160.
 *
 * @param fill      the fill colour, or null for none
 * @param thickness stroke width in screen units
 * @param opacity   0 (invisible) to 1
 * @param layer     which objects cover which: higher layers are drawn over lower ones (default 0)
 * @param fillOpacity how strongly the fill shades, 0 to 1 (default 0.35, so lines over it stay readable)
 */
public record Style(ColorName color, ColorName fill, double thickness, boolean dashed, double opacity, int layer,
                    double fillOpacity) {

    public Style(ColorName color, ColorName fill, double thickness, boolean dashed, double opacity, int layer) {
        this(color, fill, thickness, dashed, opacity, layer, DEFAULT_FILL_OPACITY);
    }

    public Style(ColorName color, ColorName fill, double thickness, boolean dashed, double opacity) {
        this(color, fill, thickness, dashed, opacity, 0);
    }

    /** How strongly a fill shades unless the lesson says: lines drawn over it stay readable. */
    public static final double DEFAULT_FILL_OPACITY = 0.35;

    /** An area is shading alone: it shades a little more strongly. */
    public static final double AREA_FILL_OPACITY = 0.45;

    public static final double DEFAULT_THICKNESS = 0.04;

    public static Style of(ColorName color) {
        return new Style(color, null, DEFAULT_THICKNESS, false, 1);
    }
}
