package org.lessonstudio.timeline;

import java.util.List;
import org.lessonstudio.dsl.model.Easing;

/**
 * {@code circumscribe X}: a box drawn round the objects in the first half of its time, held, and
 * faded in its last part.
 */
record Circumscribe(List<String> targets, double start, double duration, int seq) implements Track.Overlay {

    Circumscribe {
        targets = List.copyOf(targets);
    }

    @Override
    public Easing easing() {
        return Easing.SMOOTH;
    }

    /** How far through it is at t (0 to 1), or a negative number when it is not showing. */
    double through(double t) {
        double q = duration <= 0 ? 1 : (t - start) / duration;
        return q < 0 || q > 1 ? -1 : q;
    }
}
