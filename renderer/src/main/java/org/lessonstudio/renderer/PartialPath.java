package org.lessonstudio.renderer;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * The first part of a path, by length: what a pen has drawn when it is {@code fraction} of the
 * way along. This is how {@code draw} reveals a stroke.
 */
final class PartialPath {

    private static final double FLATNESS = 0.25;

    /** One straight piece of the flattened path; {@code move} starts a new stroke at (x1, y1). */
    private record Piece(boolean move, double x0, double y0, double x1, double y1) {
        double length() {
            return move ? 0 : Math.hypot(x1 - x0, y1 - y0);
        }
    }

    private PartialPath() {
    }

    static Shape of(Shape shape, double fraction) {
        if (fraction >= 1) {
            return shape;
        }
        Path2D.Double out = new Path2D.Double();
        if (fraction <= 0) {
            return out;
        }
        List<Piece> pieces = pieces(shape);
        double wanted = fraction * pieces.stream().mapToDouble(Piece::length).sum();
        double drawn = 0;
        for (Piece piece : pieces) {
            if (piece.move()) {
                out.moveTo(piece.x1(), piece.y1());
                continue;
            }
            double step = piece.length();
            if (drawn + step >= wanted) {
                double k = step == 0 ? 0 : (wanted - drawn) / step;
                out.lineTo(piece.x0() + (piece.x1() - piece.x0()) * k, piece.y0() + (piece.y1() - piece.y0()) * k);
                return out;
            }
            out.lineTo(piece.x1(), piece.y1());
            drawn += step;
        }
        return out;
    }

    static double length(Shape shape) {
        return pieces(shape).stream().mapToDouble(Piece::length).sum();
    }

    /** The path flattened into straight pieces (curves become short lines). */
    private static List<Piece> pieces(Shape shape) {
        List<Piece> pieces = new ArrayList<>();
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        double moveX = 0;
        double moveY = 0;
        for (PathIterator it = shape.getPathIterator(null, FLATNESS); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            boolean move = type == PathIterator.SEG_MOVETO;
            double x = type == PathIterator.SEG_CLOSE ? moveX : c[0];
            double y = type == PathIterator.SEG_CLOSE ? moveY : c[1];
            pieces.add(new Piece(move, lastX, lastY, x, y));
            if (move) {
                moveX = x;
                moveY = y;
            }
            lastX = x;
            lastY = y;
        }
        return pieces;
    }
}
