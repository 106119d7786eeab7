package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Expr;

/** {@code animate VALUE to TARGET}, placed in time (seconds from the scene's start). */
public record AnimateEvent(Expr target, double start, double duration, Easing easing) {

    public double end() {
        return start + duration;
    }

    public double progress(double t) {
        if (duration <= 0) {
            return 1;
        }
        return easing.apply((t - start) / duration);
    }
}
