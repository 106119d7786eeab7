package org.lessonstudio.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Vec;

/**
 * Where two lines, circles or curves cross, left to right (then bottom to top). Lines are taken
 * as the whole straight line through their two points, as in a geometry lesson; curves as their
 * drawn samples.
 */
final class Crossings {

    private static final double EPS = 1e-12;

    private Crossings() {
    }

    static List<Vec> between(Figure a, Figure b) {
        List<Vec> points = new ArrayList<>();
        cross(a.crossing(), b.crossing(), points);
        points.removeIf(p -> !Double.isFinite(p.x()) || !Double.isFinite(p.y()));
        points.sort(Comparator.comparingDouble(Vec::x).thenComparingDouble(Vec::y));
        return dedupe(points);
    }

    private static void cross(Figure.Crossing a, Figure.Crossing b, List<Vec> points) {
        if (a instanceof Figure.Crossing.Line s && b instanceof Figure.Crossing.Line t) {
            lineLine(s.from(), s.to(), t.from(), t.to(), points);
        } else if (a instanceof Figure.Crossing.Line s && b instanceof Figure.Crossing.Round c) {
            lineCircle(s.from(), s.to(), c, points, false);
        } else if (a instanceof Figure.Crossing.Round c && b instanceof Figure.Crossing.Line s) {
            lineCircle(s.from(), s.to(), c, points, false);
        } else if (a instanceof Figure.Crossing.Round c && b instanceof Figure.Crossing.Round d) {
            circleCircle(c, d, points);
        } else if (a instanceof Figure.Crossing.Pieces p) {
            List<Vec[]> pieces = pieces(p);
            if (b instanceof Figure.Crossing.Pieces q) {
                curveCurve(pieces, pieces(q), points);
            }
            for (Vec[] piece : pieces) {
                if (b instanceof Figure.Crossing.Line s) {
                    segmentAgainstLine(piece[0], piece[1], s.from(), s.to(), points);
                } else if (b instanceof Figure.Crossing.Round c) {
                    lineCircle(piece[0], piece[1], c, points, true);
                }
            }
        } else if (b instanceof Figure.Crossing.Pieces) {
            cross(b, a, points);
        }
    }

    private static List<Vec[]> pieces(Figure.Crossing.Pieces p) {
        List<Vec[]> pieces = new ArrayList<>();
        for (List<Vec> run : p.runs()) {
            for (int i = 0; i + 1 < run.size(); i++) {
                pieces.add(new Vec[] {run.get(i), run.get(i + 1)});
            }
        }
        return pieces;
    }

    private static void curveCurve(List<Vec[]> a, List<Vec[]> b, List<Vec> out) {
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Vec[] piece : b) {
            min = Math.min(min, Math.min(piece[0].x(), piece[1].x()));
            max = Math.max(max, Math.max(piece[0].x(), piece[1].x()));
        }
        int columns = Math.max(1, Math.min(4096, b.size()));
        double width = Math.max(1e-12, (max - min) / columns);
        List<List<Vec[]>> grid = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            grid.add(new ArrayList<>());
        }
        for (Vec[] piece : b) {
            int from = column(Math.min(piece[0].x(), piece[1].x()), min, width, columns);
            int to = column(Math.max(piece[0].x(), piece[1].x()), min, width, columns);
            for (int c = from; c <= to; c++) {
                grid.get(c).add(piece);
            }
        }
        for (Vec[] piece : a) {
            double low = Math.min(piece[0].x(), piece[1].x());
            double high = Math.max(piece[0].x(), piece[1].x());
            if (high < min || low > max) {
                continue;
            }
            int from = column(low, min, width, columns);
            int to = column(high, min, width, columns);
            java.util.Set<Vec[]> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int c = from; c <= to; c++) {
                for (Vec[] other : grid.get(c)) {
                    if (seen.add(other)) {
                        segmentSegment(piece[0], piece[1], other[0], other[1], out);
                    }
                }
            }
        }
    }

    private static int column(double x, double min, double width, int columns) {
        return (int) Math.max(0, Math.min(columns - 1, Math.floor((x - min) / width)));
    }

    private static double cross(Vec a, Vec b) {
        return a.x() * b.y() - a.y() * b.x();
    }

    /**
     * Where the line through p, p2 meets the line through q, q2, as fractions along each
     * ({@code p + t·(p2 − p)} and {@code q + u·(q2 − q)}); null when they are parallel.
     */
    private static double[] meeting(Vec p, Vec p2, Vec q, Vec q2) {
        Vec r = p2.minus(p);
        Vec s = q2.minus(q);
        double d = cross(r, s);
        if (Math.abs(d) < EPS) {
            return null;
        }
        return new double[] {cross(q.minus(p), s) / d, cross(q.minus(p), r) / d};
    }

    private static void lineLine(Vec p, Vec p2, Vec q, Vec q2, List<Vec> out) {
        double[] m = meeting(p, p2, q, q2);
        if (m != null) {
            out.add(p.plus(p2.minus(p).times(m[0])));
        }
    }

    /** A piece of a curve against the whole line through q, q2. */
    private static void segmentAgainstLine(Vec p, Vec p2, Vec q, Vec q2, List<Vec> out) {
        double[] m = meeting(p, p2, q, q2);
        if (m != null && m[0] >= 0 && m[0] < 1) {
            out.add(p.plus(p2.minus(p).times(m[0])));
        }
    }

    private static void segmentSegment(Vec p, Vec p2, Vec q, Vec q2, List<Vec> out) {
        double[] m = meeting(p, p2, q, q2);
        if (m != null && m[0] >= 0 && m[0] < 1 && m[1] >= 0 && m[1] < 1) {
            out.add(p.plus(p2.minus(p).times(m[0])));
        }
    }

    /** Where the line through p, p2 (or only the piece between them) meets a circle. */
    private static void lineCircle(Vec p, Vec p2, Figure.Crossing.Round c, List<Vec> out, boolean pieceOnly) {
        Vec d = p2.minus(p);
        Vec f = p.minus(c.center());
        double a = d.x() * d.x() + d.y() * d.y();
        double b = 2 * (f.x() * d.x() + f.y() * d.y());
        double k = f.x() * f.x() + f.y() * f.y() - c.radius() * c.radius();
        double disc = b * b - 4 * a * k;
        if (a < EPS || disc < 0) {
            return;
        }
        double root = Math.sqrt(disc);
        for (double t : new double[] {(-b - root) / (2 * a), (-b + root) / (2 * a)}) {
            if (!pieceOnly || t >= 0 && t < 1) {
                out.add(p.plus(d.times(t)));
            }
        }
    }

    private static void circleCircle(Figure.Crossing.Round c, Figure.Crossing.Round e, List<Vec> out) {
        Vec d = e.center().minus(c.center());
        double dist = d.length();
        if (dist < EPS || dist > c.radius() + e.radius() || dist < Math.abs(c.radius() - e.radius())) {
            return;
        }
        double a = (c.radius() * c.radius() - e.radius() * e.radius() + dist * dist) / (2 * dist);
        double h = Math.sqrt(Math.max(0, c.radius() * c.radius() - a * a));
        Vec mid = c.center().plus(d.times(a / dist));
        Vec normal = new Vec(-d.y() / dist, d.x() / dist);
        out.add(mid.plus(normal.times(h)));
        out.add(mid.minus(normal.times(h)));
    }

    private static List<Vec> dedupe(List<Vec> sorted) {
        List<Vec> out = new ArrayList<>();
        for (Vec p : sorted) {
            if (out.isEmpty() || p.minus(out.get(out.size() - 1)).length() > 1e-9) {
                out.add(p);
            }
        }
        return out;
    }
}
