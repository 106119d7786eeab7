package org.lessonstudio.renderer;

import java.awt.geom.Point2D;
import org.lessonstudio.dsl.model.ScreenPlace;
import org.lessonstudio.timeline.frame.Screen;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/**
 * Maps scene coordinates and screen units to pixels: the timeline's {@link Screen} (the viewport
 * fitted with one scale for both axes, or each to its own when the axes have a size, centred
 * above the caption band, which it never covers),
 * times pixels per screen unit (a ninth of the frame's height, so sizes look the same at every
 * resolution).
 */
public final class Projection {

    private final Screen screen;
    private final int width;
    private final int height;
    private final double scale;
    private final double scaleX;
    private final double scaleY;
    private final double originX;
    private final double originY;
    private final double unit;

    public Projection(Viewport viewport, int width, int height) {
        this.width = width;
        this.height = height;
        this.unit = height / Screen.HEIGHT;
        this.screen = new Screen(viewport, width / (double) height);
        this.scale = screen.scale() * unit;
        this.scaleX = screen.scaleX() * unit;
        this.scaleY = screen.scaleY() * unit;
        Vec origin = screen.origin();
        this.originX = origin.x() * unit;
        this.originY = origin.y() * unit;
    }

    /** The same frame in screen units (where the timeline works out the room writing takes). */
    public Screen screen() {
        return screen;
    }

    /** Scene coordinates to pixels, as a Java2D transform (y up becomes y down). */
    public java.awt.geom.AffineTransform worldToPixels() {
        return new java.awt.geom.AffineTransform(scaleX, 0, 0, -scaleY, originX, originY);
    }

    /** Pixels per unit of the scene's coordinates (the smaller axis's, when each has its own). */
    public double scale() {
        return scale;
    }

    /** Pixels per unit along x. */
    public double scaleX() {
        return scaleX;
    }

    /** Pixels per unit along y. */
    public double scaleY() {
        return scaleY;
    }

    /** Pixels per screen unit (a ninth of the frame's height). */
    public double unit() {
        return unit;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Where the caption band begins, in pixels from the top: the scene is drawn above it. */
    public double bottom() {
        return height - Screen.CAPTION_BAND * unit;
    }

    public Point2D.Double toPixels(Vec p) {
        return new Point2D.Double(originX + p.x() * scaleX, originY - p.y() * scaleY);
    }

    public double px(double x) {
        return originX + x * scaleX;
    }

    public double py(double y) {
        return originY - y * scaleY;
    }

    /** The pixel position of a named place, and which way text there should be aligned. */
    public Point2D.Double place(ScreenPlace place) {
        Vec p = screen.place(place);
        return new Point2D.Double(p.x() * unit, p.y() * unit);
    }
}
