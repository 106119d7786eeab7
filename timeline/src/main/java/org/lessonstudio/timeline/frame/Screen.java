package org.lessonstudio.timeline.frame;

import org.lessonstudio.dsl.model.ScreenPlace;

/**
 * The frame as a teacher's eye meets it, in screen units (a ninth of the frame's height, so a
 * lesson looks the same at any resolution): where the scene's viewport sits in it (fitted with one
 * scale for both axes and centred above the caption band, with room for the numbers under its
 * lowest axis, so neither it nor they cover the band) and where the
 * nine named places are. The renderer's projection into pixels is this, times pixels per unit.
 *
 * @param aspect the frame's width over its height (16:9 is 1.777…)
 */
public record Screen(Viewport viewport, double aspect) {

    /** The frame's height in screen units. */
    public static final double HEIGHT = 9;
    /** Part of the frame's width kept clear left and right of the viewport. */
    public static final double SIDE_MARGIN = 0.06;
    /** Screen units kept clear above the viewport. */
    public static final double TOP_MARGIN = 0.45;
    /** Screen units at the bottom kept for captions, under the viewport and the bottom places. */
    public static final double CAPTION_BAND = 1.2;
    /**
     * Screen units kept clear between the viewport and the caption band: the room the numbers
     * under an axis at the bottom of the scene (and a bar's name under its foot) take.
     */
    public static final double BOTTOM_MARGIN = 0.5;
    /** Distance of named screen places from the frame's edge, in screen units. */
    public static final double EDGE = 0.55;

    public double width() {
        return HEIGHT * aspect;
    }

    /**
     * Screen units per unit of the scene's coordinates (the smaller of the two axes' when each has
     * its own: for sizes that must not stretch, such as an angle mark's).
     */
    public double scale() {
        return Math.min(scaleX(), scaleY());
    }

    /** Screen units per unit along x. */
    public double scaleX() {
        return viewport.sized() ? viewport.width() / (viewport.xMax() - viewport.xMin()) * shrink() : uniform();
    }

    /** Screen units per unit along y. */
    public double scaleY() {
        return viewport.sized() ? viewport.height() / (viewport.yMax() - viewport.yMin()) * shrink() : uniform();
    }

    private double uniform() {
        double usableW = width() * (1 - 2 * SIDE_MARGIN);
        double usableH = HEIGHT - (TOP_MARGIN + CAPTION_BAND + BOTTOM_MARGIN);
        return Math.min(usableW / (viewport.xMax() - viewport.xMin()), usableH / (viewport.yMax() - viewport.yMin()));
    }

    /** A size larger than the room above the caption band is made smaller, keeping its shape. */
    private double shrink() {
        double usableW = width() * (1 - 2 * SIDE_MARGIN);
        double usableH = HEIGHT - (TOP_MARGIN + CAPTION_BAND + BOTTOM_MARGIN);
        return Math.min(1, Math.min(usableW / viewport.width(), usableH / viewport.height()));
    }

    /** Where the scene's origin is, in screen units from the frame's top left corner (y down). */
    public Vec origin() {
        double usableH = HEIGHT - (TOP_MARGIN + CAPTION_BAND + BOTTOM_MARGIN);
        double cx = (viewport.xMin() + viewport.xMax()) / 2;
        double cy = (viewport.yMin() + viewport.yMax()) / 2;
        return new Vec(width() / 2 - cx * scaleX(), TOP_MARGIN + usableH / 2 + cy * scaleY());
    }

    /** A point of the scene in screen units from the top left (y down). */
    public Vec toScreen(Vec scene) {
        Vec o = origin();
        return new Vec(o.x() + scene.x() * scaleX(), o.y() - scene.y() * scaleY());
    }

    /** A shift in the scene (a move's or a slide's) as a shift on screen, in screen units (y down). */
    public Vec shiftOnScreen(Vec sceneShift) {
        return new Vec(sceneShift.x() * scaleX(), -sceneShift.y() * scaleY());
    }

    /** The point of the scene under a place on screen (screen units from the top left, y down). */
    public Vec toScene(Vec screen) {
        Vec o = origin();
        return new Vec((screen.x() - o.x()) / scaleX(), (o.y() - screen.y()) / scaleY());
    }

    /** A named place, in screen units from the top left (y down). */
    public Vec place(ScreenPlace place) {
        double x = width() / 2 + place.column() * (width() / 2 - EDGE);
        double top = EDGE;
        double bottom = HEIGHT - CAPTION_BAND;
        double y = place.row() > 0 ? top : place.row() < 0 ? bottom : (top + bottom) / 2;
        return new Vec(x, y);
    }
}
