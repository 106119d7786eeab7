package org.lessonstudio.timeline.frame;

import java.util.List;
import org.lessonstudio.dsl.model.Placement;

/** The box around a figure (or several) in the scene's coordinates; empty when it has no place there. */
public record Box(double minX, double minY, double maxX, double maxY) {

    public static final Box EMPTY = new Box(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);

    /** The box around the finite points given. */
    public static Box around(List<Vec> points) {
        Box box = EMPTY;
        for (Vec p : points) {
            box = box.with(p);
        }
        return box;
    }

    public Box with(Vec p) {
        if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
            return this;
        }
        return new Box(Math.min(minX, p.x()), Math.min(minY, p.y()), Math.max(maxX, p.x()), Math.max(maxY, p.y()));
    }

    public Box with(Box other) {
        return other.isEmpty() ? this : isEmpty() ? other : new Box(Math.min(minX, other.minX),
                Math.min(minY, other.minY), Math.max(maxX, other.maxX), Math.max(maxY, other.maxY));
    }

    public boolean isEmpty() {
        return minX > maxX;
    }

    public Vec middle() {
        return isEmpty() ? new Vec(Double.NaN, Double.NaN) : new Vec((minX + maxX) / 2, (minY + maxY) / 2);
    }

    /** The middle of the side facing {@code side}. */
    public Vec edge(Placement.Side side) {
        if (isEmpty()) {
            return new Vec(Double.NaN, Double.NaN);
        }
        Vec m = middle();
        return switch (side) {
            case ABOVE -> new Vec(m.x(), maxY);
            case BELOW -> new Vec(m.x(), minY);
            case LEFT -> new Vec(minX, m.y());
            case RIGHT -> new Vec(maxX, m.y());
        };
    }
}
