package org.lessonstudio.dsl.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.source.Span;

/**
 * Something that happens in time. Every duration is known once the lesson is checked, so the
 * timeline can place every action without playing anything.
 */
public sealed interface Action {

    Span span();

    /** Calls the visitor's method for this kind of action. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of action: whatever implements this (the schedule that lays actions out
     * in time, for one) stops compiling until a new kind is handled.
     */
    interface Visitor<R> {
        R reveal(Reveal a);

        R motion(Motion a);

        R change(Change a);

        R circumscribe(Circumscribe a);

        R trace(Trace a);

        R transform(Transform a);

        R warp(Warp a);

        R camera(Camera a);

        R animate(Animate a);

        R together(Together a);

        R waiting(Wait a);

        R pausing(Pause a);

        R say(Say a);

        R music(Music a);

        R footage(Footage a);
    }


    /**
     * draw, write, show, hide, fade in, fade out — on one or more objects at once, or one after
     * another {@code stagger} seconds apart.
     */
    record Reveal(RevealKind kind, List<String> targets, double duration, Easing easing, double stagger, Span span)
            implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reveal(this);
        }

        public Reveal {
            targets = List.copyOf(targets);
        }
    }

    /**
     * An object moving: {@code move P to (1, 2)}, {@code move P along c}, {@code rotate sq by 90deg
     * about (0, 0)}, {@code scale c by 2}, growing from nothing, a shift as it fades, or a brief
     * {@code indicate}. {@code point} is the target, pivot or start; {@code amount} the angle or factor.
     */
    record Motion(MotionKind kind, List<String> targets, Expr point, Expr amount, String path, Placement.Side side,
                  double duration, Easing easing, double stagger, Span span) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.motion(this);
        }

        public Motion {
            targets = List.copyOf(targets);
        }
    }

    /**
     * {@code change c color red}, {@code change c fill blue}, {@code change c opacity 0.3},
     * {@code change c fill opacity 0.8}, {@code change l thickness 0.1}; null: unchanged.
     */
    record Change(List<String> targets, ColorName color, ColorName fill, Double opacity, Double fillOpacity,
                  Double thickness, double duration,
                  Easing easing, double stagger, Span span) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.change(this);
        }

        public Change {
            targets = List.copyOf(targets);
        }
    }

    /** A box (or ring) drawn around objects and faded away, to point at them. */
    record Circumscribe(List<String> targets, double duration, Span span) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.circumscribe(this);
        }

        public Circumscribe {
            targets = List.copyOf(targets);
        }
    }

    /** A moving point leaves a trail from now on ({@code duration} 0: to the end of the scene). */
    record Trace(String point, double duration, Span span) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.trace(this);
        }
    }

    /**
     * {@code warp grid to (x + sin(y), y + sin(x))}: every point (x, y) of the objects moves to
     * the point the formula gives for it, bending straight lines; {@code to} uses the plane's
     * {@code x} and {@code y} ({@link Expr.PlaneVariable}).
     */
    record Warp(List<String> targets, Expr to, double duration, Easing easing, double stagger, Span span)
            implements Action {
        public Warp {
            targets = List.copyOf(targets);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.warp(this);
        }
    }

    /** One object turns into another: its outline flows into the other's. */
    record Transform(String from, String to, double duration, Easing easing, Span span) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.transform(this);
        }
    }

    /**
     * The camera: zoom by a factor, pan to a point, focus on an object (pan there and zoom), follow
     * an object (focus on it and keep it in the middle as it moves, until another camera move
     * aims elsewhere), or reset to the scene's own view. Fields that do not apply are null;
     * {@code follow} says the {@code focus} is followed.
     */
    record Camera(Double zoom, Expr center, String focus, boolean follow, boolean reset, double duration, Easing easing,
            Span span)
            implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.camera(this);
        }
    }

    /** {@code animate t to 2 pi over 6s}: the target is evaluated when the animation starts. */
    record Animate(String value, Expr target, double duration, Easing easing, Span span) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.animate(this);
        }
    }

    /** Children all start together (or {@code stagger} seconds apart); it lasts until the last ends. */
    record Together(List<Action> children, double stagger, Span span) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.together(this);
        }

        public Together {
            children = List.copyOf(children);
        }
    }

    record Wait(double duration, Span span) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.waiting(this);
        }
    }

    /**
     * A place to stop when the lesson is presented live ({@code lesson present}): the presentation
     * plays up to here and waits for the teacher. It takes no time; a video plays straight on.
     */
    record Pause(Span span) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.pausing(this);
        }
    }

    /**
     * A sentence of narration, shown as a caption while it is spoken; the actions under it run
     * one after another during it, and it lasts as long as the longer of the two.
     *
     * @param lines       the sentence in each language the lesson speaks (the lesson's own language
     *                    first), split at its bookmarks: {@code "Now {turn} the angle"} is
     *                    {@code ["Now ", "turn the angle"]}
     * @param bookmarks   the bookmarks' names, in order ({@code turn})
     * @param voice       a voice for this sentence only, or null
     * @param recording   a recorded file to play instead of a synthesized voice, or null
     * @param atBookmarks the actions that start on each bookmark's word
     */
    record Say(Map<String, List<String>> lines, List<String> bookmarks, String voice, Path recording,
               List<Action> during, Map<String, List<Action>> atBookmarks, Span span) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.say(this);
        }

        public Say {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            lines.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            lines = Collections.unmodifiableMap(copy);
            bookmarks = List.copyOf(bookmarks);
            during = List.copyOf(during);
            Map<String, List<Action>> at = new LinkedHashMap<>();
            atBookmarks.forEach((k, v) -> at.put(k, List.copyOf(v)));
            atBookmarks = Collections.unmodifiableMap(at);
        }

        /** The sentence's pieces in a language, or in the lesson's own language when it has no translation. */
        public List<String> pieces(String language) {
            List<String> pieces = lines.get(language);
            return pieces != null ? pieces : lines.values().iterator().next();
        }

        /** The sentence as it is spoken and captioned in a language. */
        public String text(String language) {
            return String.join("", pieces(language));
        }
    }

    /** Background music from here to the end of the scene, {@code volume} 0 to 1, lowered under speech. */
    record Music(Path file, double volume, Span span) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.music(this);
        }
    }

    /** Footage on screen for {@code duration} seconds: the shape {@code footage} appears, then goes. */
    record Footage(String footage, double duration, Span span) implements Action {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.footage(this);
        }
    }

    enum RevealKind { DRAW, WRITE, SHOW, HIDE, FADE_IN, FADE_OUT }

    enum MotionKind { MOVE, BY, ALONG, ROTATE, SCALE, GROW, INDICATE, SHIFT_IN, SHIFT_OUT }
}
