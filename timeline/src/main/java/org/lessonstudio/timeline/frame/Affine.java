package org.lessonstudio.timeline.frame;

/**
 * A move, turn or resize of the plane: x' = a·x + c·y + e, y' = b·x + d·y + f. Motions compose
 * these; objects are drawn, and their parts read, through them.
 */
public record Affine(double a, double b, double c, double d, double e, double f) {

    public static final Affine IDENTITY = new Affine(1, 0, 0, 1, 0, 0);

    public static Affine translate(Vec by) {
        return new Affine(1, 0, 0, 1, by.x(), by.y());
    }

    /** A turn by {@code angle} radians (counter-clockwise) about {@code pivot}. */
    public static Affine rotate(double angle, Vec pivot) {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        return new Affine(cos, sin, -sin, cos, pivot.x() - cos * pivot.x() + sin * pivot.y(),
                pivot.y() - sin * pivot.x() - cos * pivot.y());
    }

    /** A resize by {@code factor} about {@code pivot}. */
    public static Affine scale(double factor, Vec pivot) {
        return new Affine(factor, 0, 0, factor, pivot.x() * (1 - factor), pivot.y() * (1 - factor));
    }

    /** This, then {@code next}. */
    public Affine then(Affine next) {
        return new Affine(next.a * a + next.c * b, next.b * a + next.d * b, next.a * c + next.c * d,
                next.b * c + next.d * d, next.a * e + next.c * f + next.e, next.b * e + next.d * f + next.f);
    }

    public Vec apply(Vec p) {
        return new Vec(a * p.x() + c * p.y() + e, b * p.x() + d * p.y() + f);
    }

    /** How much lengths grow (for a move, turn or even resize). */
    public double scaleFactor() {
        return Math.sqrt(Math.abs(a * d - b * c));
    }

    /** How far the plane is turned. */
    public double rotation() {
        return Math.atan2(b, a);
    }

    public boolean isIdentity() {
        return equals(IDENTITY);
    }
}
