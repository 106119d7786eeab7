package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.timeline.frame.Appearance;

/** {@code show} and {@code hide}: the object is there, whole, or gone, at once. */
record Switch(String target, boolean on, double start, int seq) implements Track.Showing {

    @Override
    public double duration() {
        return 0;
    }

    @Override
    public Easing easing() {
        return Easing.LINEAR;
    }

    @Override
    public Appearance apply(double alpha, Appearance before) {
        return on ? Appearance.FULL : Appearance.HIDDEN;
    }
}
