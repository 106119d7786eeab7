package org.lessonstudio.dsl.model;

import java.util.List;
import org.lessonstudio.dsl.source.Span;

/**
 * Something that happens in time. Every duration is known once the lesson is checked, so the
 * timeline can place every action without playing anything.
 */
public sealed interface Action {

    Span span();

    /** draw, write, show, hide, fade in, fade out — on one or more objects at once. */
    record Reveal(RevealKind kind, List<String> targets, double duration, Easing easing, Span span)
            implements Action {
        public Reveal {
            targets = List.copyOf(targets);
        }
    }

    /** {@code animate t to 2 pi over 6s}: the target is evaluated when the animation starts. */
    record Animate(String value, Expr target, double duration, Easing easing, Span span) implements Action { }

    /** Children all start together; it lasts as long as the longest. */
    record Together(List<Action> children, Span span) implements Action {
        public Together {
            children = List.copyOf(children);
        }
    }

    record Wait(double duration, Span span) implements Action { }

    /**
     * A sentence of narration, shown as a caption while it is spoken; the actions under it run
     * one after another during it, and it lasts as long as the longer of the two.
     */
    record Say(String text, double speechDuration, List<Action> during, Span span) implements Action {
        public Say {
            during = List.copyOf(during);
        }
    }

    enum RevealKind { DRAW, WRITE, SHOW, HIDE, FADE_IN, FADE_OUT }
}
