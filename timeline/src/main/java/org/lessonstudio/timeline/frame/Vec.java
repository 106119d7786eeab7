package org.lessonstudio.timeline.frame;

/** A point or a direction in the scene's coordinates. */
public record Vec(double x, double y) {

    public static final Vec ZERO = new Vec(0, 0);

    public Vec plus(Vec o) {
        return new Vec(x + o.x, y + o.y);
    }

    public Vec minus(Vec o) {
        return new Vec(x - o.x, y - o.y);
    }

    public Vec times(double k) {
        return new Vec(x * k, y * k);
    }

    public double length() {
        return Math.hypot(x, y);
    }

    /** The direction's angle, counter-clockwise from the positive x axis, in radians. */
    public double angle() {
        return Math.atan2(y, x);
    }
}
