package org.lessonstudio.timeline;

import java.util.ArrayList;
import java.util.List;
import org.lessonstudio.dsl.model.Placement;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Vec;

/** The box around a figure's outline, for writing placed beside it ({@code above wave}). */
final class Bounds {

    private Bounds() {
    }

    /**
     * The point that stands for a figure when it moves: a dot's position, a line's middle, a round
     * shape's centre, writing's anchor, otherwise the middle of its box.
     */
    static Vec reference(Figure figure) {
        if (figure instanceof Figure.Dot d) {
            return d.position();
        }
        if (figure instanceof Figure.Circle c) {
            return c.center();
        }
        if (figure instanceof Figure.Ellipse e) {
            return e.center();
        }
        if (figure instanceof Figure.Arc a) {
            return a.center();
        }
        Vec anchor = anchorPoint(figure);
        if (anchor != null) {
            return anchor;
        }
        Vec low = edge(figure, Placement.Side.BELOW);
        Vec high = edge(figure, Placement.Side.ABOVE);
        return new Vec(low.x(), (low.y() + high.y()) / 2);
    }

    private static Vec anchorPoint(Figure figure) {
        Figure.Anchor anchor = null;
        if (figure instanceof Figure.Text t) {
            anchor = t.anchor();
        } else if (figure instanceof Figure.Tex t) {
            anchor = t.anchor();
        } else if (figure instanceof Figure.Table t) {
            anchor = t.anchor();
        } else if (figure instanceof Figure.Image i) {
            anchor = i.anchor();
        }
        if (anchor instanceof Figure.Anchor.InScene s) {
            return s.point();
        }
        if (anchor instanceof Figure.Anchor.Beside b) {
            return b.point();
        }
        return anchor == null ? null : Vec.ZERO;
    }

    /** The middle of the box around several figures together. */
    static Vec middle(List<Figure> figures) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Figure f : figures) {
            Vec left = edge(f, Placement.Side.LEFT);
            Vec right = edge(f, Placement.Side.RIGHT);
            Vec low = edge(f, Placement.Side.BELOW);
            Vec high = edge(f, Placement.Side.ABOVE);
            if (Double.isNaN(left.x())) {
                Vec p = reference(f);
                left = right = low = high = p;
            }
            minX = Math.min(minX, left.x());
            maxX = Math.max(maxX, right.x());
            minY = Math.min(minY, low.y());
            maxY = Math.max(maxY, high.y());
        }
        return new Vec((minX + maxX) / 2, (minY + maxY) / 2);
    }

    /** The middle of the side of the figure's box facing {@code side}. */
    static Vec edge(Figure figure, Placement.Side side) {
        List<Vec> points = points(figure);
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Vec p : points) {
            if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                minX = Math.min(minX, p.x());
                maxX = Math.max(maxX, p.x());
                minY = Math.min(minY, p.y());
                maxY = Math.max(maxY, p.y());
            }
        }
        if (minX > maxX) {
            return new Vec(Double.NaN, Double.NaN);
        }
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        return switch (side) {
            case ABOVE -> new Vec(cx, maxY);
            case BELOW -> new Vec(cx, minY);
            case LEFT -> new Vec(minX, cy);
            case RIGHT -> new Vec(maxX, cy);
        };
    }

    private static List<Vec> points(Figure f) {
        List<Vec> points = new ArrayList<>();
        if (f instanceof Figure.Dot d) {
            points.add(d.position());
        } else if (f instanceof Figure.Segment s) {
            points.add(s.from());
            points.add(s.to());
        } else if (f instanceof Figure.Brace b) {
            points.add(b.from());
            points.add(b.to());
        } else if (f instanceof Figure.Circle c) {
            box(points, c.center(), c.radius(), c.radius());
        } else if (f instanceof Figure.Ellipse e) {
            box(points, e.center(), e.rx(), e.ry());
        } else if (f instanceof Figure.Arc a) {
            box(points, a.center(), a.radius(), a.radius());
        } else if (f instanceof Figure.AngleMark m) {
            box(points, m.vertex(), m.radius(), m.radius());
        } else if (f instanceof Figure.Polygon p) {
            points.addAll(p.corners());
        } else if (f instanceof Figure.Polyline p) {
            p.runs().forEach(points::addAll);
        } else if (f instanceof Figure.Area a) {
            a.outlines().forEach(points::addAll);
        } else if (f instanceof Figure.Axes a) {
            points.add(new Vec(a.xMin(), a.yMin()));
            points.add(new Vec(a.xMax(), a.yMax()));
        } else if (f instanceof Figure.NumberLine n) {
            points.add(new Vec(n.min(), 0));
            points.add(new Vec(n.max(), 0));
        }
        return points;
    }

    private static void box(List<Vec> points, Vec center, double rx, double ry) {
        points.add(new Vec(center.x() - rx, center.y() - ry));
        points.add(new Vec(center.x() + rx, center.y() + ry));
    }
}
