package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.timeline.frame.Appearance;

/** {@code fade in} raises an object's opacity from nothing; {@code fade out} lowers it from where it was. */
record Fade(String target, boolean in, double start, double duration, Easing easing, int seq) implements Track.Showing {

    @Override
    public Appearance apply(double alpha, Appearance before) {
        return in ? new Appearance(alpha, 1) : new Appearance(before.opacity() * (1 - alpha), before.reveal());
    }
}
