package org.lessonstudio.timeline;

import java.util.ArrayList;
import java.util.List;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Vec;

/** A figure's outline as one run of points, for moving along it. */
final class Outline {

    private static final int ROUND = 180;

    private Outline() {
    }

    static List<Vec> of(Figure f) {
        List<Vec> points = new ArrayList<>();
        if (f instanceof Figure.Segment s) {
            points.add(s.from());
            points.add(s.to());
        } else if (f instanceof Figure.Circle c) {
            round(points, c.center(), c.radius(), c.radius(), 0, 2 * Math.PI);
        } else if (f instanceof Figure.Ellipse e) {
            round(points, e.center(), e.rx(), e.ry(), 0, 2 * Math.PI);
        } else if (f instanceof Figure.Arc a) {
            round(points, a.center(), a.radius(), a.radius(), a.start(), a.sweep());
        } else if (f instanceof Figure.Polygon p) {
            points.addAll(p.corners());
            if (!p.corners().isEmpty()) {
                points.add(p.corners().get(0));
            }
        } else if (f instanceof Figure.Polyline p) {
            p.runs().forEach(points::addAll);
        }
        return points;
    }

    private static void round(List<Vec> points, Vec center, double rx, double ry, double start, double sweep) {
        for (int i = 0; i <= ROUND; i++) {
            double angle = start + sweep * i / ROUND;
            points.add(new Vec(center.x() + rx * Math.cos(angle), center.y() + ry * Math.sin(angle)));
        }
    }

    /** The point a fraction p (0 to 1) of the way along the run, by length. */
    static Vec at(List<Vec> run, double p) {
        if (run.isEmpty()) {
            return new Vec(Double.NaN, Double.NaN);
        }
        double total = 0;
        for (int i = 1; i < run.size(); i++) {
            total += run.get(i).minus(run.get(i - 1)).length();
        }
        double wanted = Math.max(0, Math.min(1, p)) * total;
        for (int i = 1; i < run.size(); i++) {
            Vec a = run.get(i - 1);
            Vec b = run.get(i);
            double step = b.minus(a).length();
            if (wanted <= step) {
                return step == 0 ? a : a.plus(b.minus(a).times(wanted / step));
            }
            wanted -= step;
        }
        return run.get(run.size() - 1);
    }
}
