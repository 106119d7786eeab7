package org.lessonstudio.timeline.frame;

/**
 * The part of the scene's plane the frame shows, in scene coordinates. The renderer fits it into
 * the frame with equal scales on both axes (a circle stays round) and centres it.
 */
public record Viewport(double xMin, double xMax, double yMin, double yMax) {

    /** Without axes a scene is 16 by 9 units, centred on the origin, matching screen units. */
    public static final Viewport DEFAULT = new Viewport(-8, 8, -4.5, 4.5);
}
