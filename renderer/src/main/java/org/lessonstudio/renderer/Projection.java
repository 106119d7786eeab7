package org.lessonstudio.renderer;

import java.awt.geom.Point2D;
import org.lessonstudio.dsl.model.ScreenPlace;
import org.lessonstudio.timeline.frame.Screen;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/**
 * Maps scene coordinates and screen units to pixels: the timeline's {@link Screen} (the viewport
 * fitted with one scale for both axes, centred above the caption band, which it never covers),
 * times pixels per screen unit (a ninth of the frame's height, so sizes look the same at every
 * resolution).
 */
public final class Projection {

    private final Screen screen;
    private final int width;
    private final int height;
    private final double scale;
    private final double originX;
    private final double originY;
    private final double unit;

    public Projection(Viewport viewport, int width, int height) {
        this.width = width;
        this.height = height;
        this.unit = height / Screen.HEIGHT;
        this.screen = new Screen(viewport, width / (double) height);
        this.scale = screen.scale() * unit;
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
        return new java.awt.geom.AffineTransform(scale, 0, 0, -scale, originX, originY);
    }

    /** Pixels per unit of the scene's coordinates. */
    public double scale() {
        return scale;
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

    public Point2D.Double toPixels(Vec p) {
        return new Point2D.Double(originX + p.x() * scale, originY - p.y() * scale);
    }

    public double px(double x) {
        return originX + x * scale;
    }

    public double py(double y) {
        return originY - y * scale;
    }

    /** The pixel position of a named place, and which way text there should be aligned. */
    public Point2D.Double place(ScreenPlace place) {
        Vec p = screen.place(place);
        return new Point2D.Double(p.x() * unit, p.y() * unit);
    }
}
