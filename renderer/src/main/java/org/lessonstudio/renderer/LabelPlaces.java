package org.lessonstudio.renderer;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the labels of one frame go: a small solver over candidate spots. Writing the teacher
 * placed, numbers on axes, arrowheads and dots are put in first and stay where they are; then each
 * label, in drawing order, takes the first of its spots (its usual place comes first) whose box
 * overlaps the least of what is already there, keeps inside the frame and off the caption band.
 * It keeps nothing between frames: the same frame always gives the same places, and a label moves
 * only when what is around it does.
 */
final class LabelPlaces {

    /**
     * A place a label may go: a point in pixels and which side of the label touches it
     * ({@code alignX} -1 its left edge, 1 its right edge, 0 its middle; {@code alignY} -1 its top,
     * 1 its bottom, 0 its middle).
     */
    record Spot(double x, double y, int alignX, int alignY) {

        /** The label's box, of the given size, at this spot. */
        Rectangle2D box(double width, double height) {
            double left = alignX < 0 ? x : alignX > 0 ? x - width : x - width / 2;
            double top = alignY < 0 ? y : alignY > 0 ? y - height : y - height / 2;
            return new Rectangle2D.Double(left, top, width, height);
        }
    }

    private final double width;
    private final double bottom;
    private final double gap;
    private final List<DrawnText> drawn = new ArrayList<>();
    private final List<Rectangle2D> obstacles = new ArrayList<>();
    /** Lines and curves drawn, with their pens' widths, not yet cut into boxes (most frames place no label). */
    private final List<Stroked> stroked = new ArrayList<>();

    private record Stroked(java.awt.Shape drawn, double lineWidth) { }

    /**
     * @param width  the frame's width in pixels
     * @param bottom where the caption band starts, in pixels from the top
     * @param gap    room kept around each label, in pixels
     */
    LabelPlaces(double width, double bottom, double gap) {
        this.width = width;
        this.bottom = bottom;
        this.gap = gap;
    }

    /** Writing or a number drawn where it was put: labels keep off it. */
    void fixed(DrawnText text) {
        drawn.add(text);
    }

    /** Something a label must not cover (an arrowhead, a dot), in pixels. */
    void obstacle(Rectangle2D box) {
        obstacles.add(box);
    }

    /**
     * A line or curve drawn: labels keep off it where they can (a label that has a clear spot takes
     * it rather than one a curve runs through). It becomes small boxes along it only when a label
     * is placed, so a frame with no labels pays nothing for it.
     */
    void along(java.awt.Shape drawn, double lineWidth) {
        stroked.add(new Stroked(drawn, lineWidth));
    }

    /** Small boxes along each line and curve drawn so far, a few pixels apart, taken as obstacles. */
    private void cutStrokesIntoBoxes() {
        for (Stroked line : stroked) {
            double side = line.lineWidth() + 2;
            double every = Math.max(3, side);
            java.awt.geom.PathIterator it = line.drawn().getPathIterator(null, 1.0);
            double[] c = new double[6];
            double x = 0;
            double y = 0;
            double startX = 0;
            double startY = 0;
            int boxes = 0;
            while (!it.isDone() && boxes < 4000) {
                int kind = it.currentSegment(c);
                if (kind == java.awt.geom.PathIterator.SEG_MOVETO) {
                    x = startX = c[0];
                    y = startY = c[1];
                } else {
                    double toX = kind == java.awt.geom.PathIterator.SEG_CLOSE ? startX : c[0];
                    double toY = kind == java.awt.geom.PathIterator.SEG_CLOSE ? startY : c[1];
                    int n = (int) Math.ceil(Math.hypot(toX - x, toY - y) / every);
                    for (int i = 0; i < n && boxes < 4000; i++, boxes++) {
                        double px = x + (toX - x) * i / n;
                        double py = y + (toY - y) * i / n;
                        obstacles.add(new Rectangle2D.Double(px - side / 2, py - side / 2, side, side));
                    }
                    x = toX;
                    y = toY;
                }
                it.next();
            }
        }
        stroked.clear();
    }

    /** Everything drawn so far, in the order it was drawn. */
    List<DrawnText> drawn() {
        return List.copyOf(drawn);
    }

    /**
     * The best of the spots for a label of this size, its box kept inside the frame and above the
     * caption band; the chosen box is taken, so later labels keep off it.
     */
    Rectangle2D place(String text, double w, double h, List<Spot> spots) {
        cutStrokesIntoBoxes();
        Rectangle2D best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Spot spot : spots) {
            Rectangle2D wanted = spot.box(w, h);
            Rectangle2D kept = inside(wanted);
            double pushed = Math.abs(kept.getX() - wanted.getX()) + Math.abs(kept.getY() - wanted.getY());
            // pushed against the frame's edge counts as covering writing as wide as the push
            double cost = 4 * pushed * h + covered(kept);
            // the first spot wins unless a later one covers clearly less (half a pixel squared)
            if (cost + 0.5 < bestCost) {
                best = kept;
                bestCost = cost;
            }
        }
        if (best == null) {
            best = inside(new Rectangle2D.Double(0, 0, w, h));
        }
        drawn.add(new DrawnText(text, DrawnText.Kind.LABEL, best));
        return best;
    }

    /** A box moved the least way into the frame, above the caption band. */
    Rectangle2D inside(Rectangle2D box) {
        double left = Math.max(0, Math.min(width - box.getWidth(), box.getX()));
        double top = Math.max(0, Math.min(bottom - box.getHeight(), box.getY()));
        return new Rectangle2D.Double(left, top, box.getWidth(), box.getHeight());
    }

    /** How much of what is already there a box (with its gap around it) covers, in square pixels. */
    private double covered(Rectangle2D box) {
        Rectangle2D padded = new Rectangle2D.Double(box.getX() - gap, box.getY() - gap, box.getWidth() + 2 * gap,
                box.getHeight() + 2 * gap);
        double sum = 0;
        for (DrawnText text : drawn) {
            sum += 4 * overlap(padded, text.box());
        }
        for (Rectangle2D obstacle : obstacles) {
            sum += overlap(padded, obstacle);
        }
        return sum;
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getX(), b.getX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getY(), b.getY());
        return w > 0 && h > 0 ? w * h : 0;
    }

    /**
     * The eight compass spots around a point at a distance, then at a larger one, beginning with
     * the direction {@code first} (0 east, 1 north-east, … counter-clockwise) and going outward
     * from it, alternately to either side.
     */
    static List<Spot> around(double x, double y, double distance, int first) {
        List<Spot> spots = new ArrayList<>();
        for (double d : new double[] {distance, distance * 1.8}) {
            for (int k = 0; k < 8; k++) {
                int step = (k + 1) / 2 * (k % 2 == 1 ? 1 : -1);
                int dir = Math.floorMod(first + step, 8);
                double angle = dir * Math.PI / 4;
                int cx = (int) Math.round(Math.cos(angle));
                int cy = (int) Math.round(Math.sin(angle));
                double diagonal = cx != 0 && cy != 0 ? Math.sqrt(0.5) : 1;
                spots.add(new Spot(x + cx * d * diagonal, y - cy * d * diagonal, -cx, cy));
            }
        }
        return spots;
    }
}
