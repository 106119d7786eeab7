package org.lessonstudio.timeline.frame;

/**
 * The part of the scene's plane the frame shows, in scene coordinates. Without a size the
 * renderer fits it into the frame with equal scales on both axes (a circle stays round) and
 * centres it; with one ({@code axes …, size 10 by 6}) it is drawn that many screen units wide and
 * tall, each axis to its own scale, so 0 to 100 can stand beside 0 to 10.
 *
 * @param width  its width on screen in screen units, or 0 to fit with equal scales
 * @param height its height on screen in screen units, or 0 to fit with equal scales
 */
public record Viewport(double xMin, double xMax, double yMin, double yMax, double width, double height) {

    /** Without axes a scene is 16 by 9 units, centred on the origin, matching screen units. */
    public static final Viewport DEFAULT = new Viewport(-8, 8, -4.5, 4.5);

    public Viewport(double xMin, double xMax, double yMin, double yMax) {
        this(xMin, xMax, yMin, yMax, 0, 0);
    }

    /** Whether it has a size of its own on screen (each axis to its own scale). */
    public boolean sized() {
        return width > 0 && height > 0;
    }
}
