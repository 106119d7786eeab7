package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.source.Span;

/**
 * {@code animate VALUE to TARGET}, placed in time (seconds from the scene's start).
 *
 * @param span where the {@code animate} is written, for a target that cannot be drawn
 */
public record AnimateEvent(Expr target, double start, double duration, Easing easing, Span span) {

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
