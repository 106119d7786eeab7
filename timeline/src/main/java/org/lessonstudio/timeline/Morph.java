package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Easing;

/** {@code transform A into B}: A's outline flows into B's; A is hidden as it starts, B shown as it ends. */
record Morph(String from, String to, double start, double duration, Easing easing, int seq) implements Track.Overlay {

    boolean showing(double t) {
        return t >= start && t < start + duration;
    }
}
