package org.lessonstudio.renderer;

import java.awt.geom.Point2D;
import org.lessonstudio.dsl.model.ScreenPlace;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/**
 * Maps scene coordinates and screen units to pixels. The viewport is fitted into the frame with
 * one scale for both axes (circles stay round) and centred in the space above the caption band,
 * so captions never cover the drawing; screen units divide the frame's height into 9, so sizes
 * look the same at every resolution.
 */
public final class Projection {

    /** Part of the frame's width kept clear left and right of the viewport. */
    private static final double SIDE_MARGIN = 0.06;
    /** Screen units kept clear above the viewport. */
    private static final double TOP_MARGIN = 0.45;
    /** Screen units at the bottom kept for captions, under the viewport and the bottom places. */
    private static final double CAPTION_BAND = 1.2;
    /** Distance of named screen places from the frame's edge, in screen units. */
    private static final double EDGE = 0.55;

    private final int width;
    private final int height;
    private final double scale;
    private final double originX;
    private final double originY;
    private final double unit;

    public Projection(Viewport viewport, int width, int height) {
        this.width = width;
        this.height = height;
        this.unit = height / 9.0;
        double usableW = width * (1 - 2 * SIDE_MARGIN);
        double usableH = height - (TOP_MARGIN + CAPTION_BAND) * unit;
        double vw = viewport.xMax() - viewport.xMin();
        double vh = viewport.yMax() - viewport.yMin();
        this.scale = Math.min(usableW / vw, usableH / vh);
        double centerX = (viewport.xMin() + viewport.xMax()) / 2;
        double centerY = (viewport.yMin() + viewport.yMax()) / 2;
        this.originX = width / 2.0 - centerX * scale;
        this.originY = TOP_MARGIN * unit + usableH / 2 + centerY * scale;
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
        double x = width / 2.0 + place.column() * (width / 2.0 - EDGE * unit);
        double top = EDGE * unit;
        double bottom = height - CAPTION_BAND * unit;
        double y = place.row() > 0 ? top : place.row() < 0 ? bottom : (top + bottom) / 2;
        return new Point2D.Double(x, y);
    }
}
