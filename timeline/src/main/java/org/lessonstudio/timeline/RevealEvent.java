package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Action.RevealKind;
import org.lessonstudio.dsl.model.Easing;

/** A draw, write, show, hide or fade of one object, placed in time (seconds from the scene's start). */
public record RevealEvent(RevealKind kind, double start, double duration, Easing easing) {

    public double end() {
        return start + duration;
    }

    /** Eased progress at time t: 0 before the start, 1 after the end. */
    public double progress(double t) {
        if (duration <= 0) {
            return t >= start ? 1 : 0;
        }
        return easing.apply((t - start) / duration);
    }
}
