package org.lessonstudio.timeline;

import java.util.List;
import org.lessonstudio.timeline.frame.Appearance;

/**
 * How much of an object shows at a time, from its reveal events: hidden until the first one;
 * {@code draw} and {@code write} reveal it from 0 to 1; {@code fade in} raises its opacity;
 * {@code fade out} lowers it from where it was; {@code show} and {@code hide} switch it at once.
 */
final class Appearances {

    private Appearances() {
    }

    static Appearance at(List<RevealEvent> events, double t) {
        Appearance state = Appearance.HIDDEN;
        for (RevealEvent event : events) {
            if (event.start() > t) {
                break;
            }
            double p = event.progress(t);
            state = switch (event.kind()) {
                case SHOW -> Appearance.FULL;
                case HIDE -> Appearance.HIDDEN;
                case DRAW, WRITE -> new Appearance(1, p);
                case FADE_IN -> new Appearance(p, 1);
                case FADE_OUT -> new Appearance(state.opacity() * (1 - p), state.reveal());
            };
        }
        return state;
    }
}
