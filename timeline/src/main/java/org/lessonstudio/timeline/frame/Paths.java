package org.lessonstudio.timeline.frame;

import java.util.List;

/** Positions along a run of points, by length. */
public final class Paths {

    private Paths() {
    }

    /** The point a fraction p (0 to 1) of the way along the run, by length. */
    public static Vec at(List<Vec> run, double p) {
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
