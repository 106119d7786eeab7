package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Easing;

/** One object's move, turn, resize, growth, shift or nudge, placed in time (seconds from the scene's start). */
record MotionEvent(Action.Motion motion, double start, double duration, Easing easing) {

    double end() {
        return start + duration;
    }

    double progress(double t) {
        return duration <= 0 ? 1 : easing.apply((t - start) / duration);
    }

    /** Progress without easing, for the nudge of {@code indicate} (it eases itself). */
    double linear(double t) {
        return duration <= 0 ? 1 : Math.max(0, Math.min(1, (t - start) / duration));
    }
}
