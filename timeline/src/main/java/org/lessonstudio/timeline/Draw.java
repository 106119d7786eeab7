package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.timeline.frame.Appearance;

/**
 * {@code draw} and {@code write}: the object is revealed from nothing to whole, stroke by stroke or
 * letter by letter. A curve whose range grows while it is drawn ({@code for x from 0 to t} with
 * {@code t} animated at the same time) is drawn by its range alone: it appears at once, as much
 * of it as the range holds, so its end stays at the point that runs along it ({@code whole}).
 */
record Draw(String target, Action.RevealKind kind, double start, double duration, Easing easing, int seq,
        boolean whole) implements Track.Showing {

    Draw(String target, Action.RevealKind kind, double start, double duration, Easing easing, int seq) {
        this(target, kind, start, duration, easing, seq, false);
    }

    @Override
    public Appearance apply(double alpha, Appearance before) {
        return new Appearance(1, whole ? 1 : alpha);
    }
}
