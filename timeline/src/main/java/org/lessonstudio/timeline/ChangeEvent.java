package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Easing;

/** A change of one object's colour, opacity or thickness, placed in time. */
record ChangeEvent(Action.Change change, double start, double duration, Easing easing) {

    double progress(double t) {
        return duration <= 0 ? 1 : easing.apply((t - start) / duration);
    }
}
