package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Easing;

/** {@code trace P}: a moving point leaves a line behind it from now until {@code end} (the scene's end if open). */
record Trail(String point, double start, double end, int seq) implements Track.Overlay {

    @Override
    public double duration() {
        return end - start;
    }

    @Override
    public Easing easing() {
        return Easing.LINEAR;
    }
}
