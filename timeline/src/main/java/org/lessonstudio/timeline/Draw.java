package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.timeline.frame.Appearance;

/** {@code draw} and {@code write}: the object is revealed from nothing to whole, stroke by stroke or letter by letter. */
record Draw(String target, Action.RevealKind kind, double start, double duration, Easing easing, int seq) implements Track.Showing {

    @Override
    public Appearance apply(double alpha, Appearance before) {
        return new Appearance(1, alpha);
    }
}
