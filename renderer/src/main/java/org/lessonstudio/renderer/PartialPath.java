package org.lessonstudio.renderer;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;

/**
 * The first part of a path, by length: what a pen has drawn when it is {@code fraction} of the
 * way along. This is how {@code draw} reveals a stroke.
 */
final class PartialPath {

    private static final double FLATNESS = 0.25;

    private PartialPath() {
    }

    static Shape of(Shape shape, double fraction) {
        if (fraction >= 1) {
            return shape;
        }
        if (fraction <= 0) {
            return new Path2D.Double();
        }
        double total = length(shape);
        double wanted = total * fraction;
        Path2D.Double out = new Path2D.Double();
        double[] c = new double[6];
        double lastX = 0;
        double lastY = 0;
        double moveX = 0;
        double moveY = 0;
        double drawn = 0;
        for (PathIterator it = shape.getPathIterator(null, FLATNESS); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                out.moveTo(c[0], c[1]);
                lastX = moveX = c[0];
                lastY = moveY = c[1];
                continue;
            }
            double x = type == PathIterator.SEG_CLOSE ? moveX : c[0];
            double y = type == PathIterator.SEG_CLOSE ? moveY : c[1];
            double step = Math.hypot(x - lastX, y - lastY);
            if (drawn + step >= wanted) {
                double k = step == 0 ? 0 : (wanted - drawn) / step;
                out.lineTo(lastX + (x - lastX) * k, lastY + (y - lastY) * k);
                return out;
            }
            out.lineTo(x, y);
            drawn += step;
            lastX = x;
            lastY = y;
        }
        return out;
    }

    static double length(Shape shape) {
        double[] c = new double[6];
        double total = 0;
        double lastX = 0;
        double lastY = 0;
        double moveX = 0;
        double moveY = 0;
        for (PathIterator it = shape.getPathIterator(null, FLATNESS); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                lastX = moveX = c[0];
                lastY = moveY = c[1];
                continue;
            }
            double x = type == PathIterator.SEG_CLOSE ? moveX : c[0];
            double y = type == PathIterator.SEG_CLOSE ? moveY : c[1];
            total += Math.hypot(x - lastX, y - lastY);
            lastX = x;
            lastY = y;
        }
        return total;
    }
}
