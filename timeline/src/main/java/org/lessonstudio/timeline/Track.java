package org.lessonstudio.timeline;

import java.util.List;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.timeline.frame.Affine;
import org.lessonstudio.timeline.frame.Appearance;
import org.lessonstudio.timeline.frame.Vec;

/**
 * One timed effect in a scene: it starts, lasts, eases, and changes one part of the scene's
 * state through a pure {@code apply(alpha, state)}. Every action of a lesson becomes tracks (one
 * file per effect), and a frame is the tracks begun by its time folded over the scene, in the
 * order they start. A track of no length is legal: from its start on, it is at its end.
 *
 * <p>What a track works from (where a move goes, what a turn is about, where an animation starts)
 * is found once, in the scene as it is just before the track starts ({@link Evaluator#before}),
 * so a track never depends on itself or on a later one.
 *
 * <pre>
 * say "Watch P go round."
 *   move P along c over 2s     # MoveAlong: its path is c's outline as it was when the move began
 * </pre>
 */
sealed interface Track permits Track.Showing, Track.Moving, Track.Restyling, Track.Valued, Track.Filming,
        Track.Overlay, Track.Bending {

    double start();

    double duration();

    Easing easing();

    /** Which was written first, among tracks starting together (and a track's own number in its scene). */
    int seq();

    default double end() {
        return start() + duration();
    }

    /** How far it has gone at time t, eased: 0 before its start, 1 from its end on (at once, if it has no length). */
    default double alpha(double t) {
        return duration() <= 0 ? (t >= start() ? 1 : 0) : easing().apply((t - start()) / duration());
    }

    /** How far it has gone at time t, not eased. */
    default double linear(double t) {
        return duration() <= 0 ? (t >= start() ? 1 : 0) : Math.max(0, Math.min(1, (t - start()) / duration()));
    }

    /** Whether it has begun to act by time t: just after its start, or at its start when it has no length. */
    default boolean begun(double t) {
        return start() < t || duration() <= 0 && start() <= t;
    }

    /**
     * Whether it counts in the scene as it is just before {@code other} starts: it began earlier, or
     * it is instant, at the same moment, and written before.
     */
    default boolean before(Track other) {
        return start() < other.start() || start() == other.start() && duration() <= 0 && seq() < other.seq();
    }

    /** Tracks that change how much of one object shows: draw, write, fade, show, hide. */
    sealed interface Showing extends Track permits Draw, Fade, Switch {
        String target();

        Appearance apply(double alpha, Appearance before);
    }

    /** Tracks that move, turn or resize one object. */
    sealed interface Moving extends Track permits Move, MoveAlong, Slide, Turn, Resize, Grow, Indicate, Shift {
        String target();

        /** The objects it moves as one with (all of them, this one among them), or none. */
        default List<String> group() {
            return List.of();
        }

        /** What it works from, found in the scene just before it starts. */
        Ends ends(Evaluator before);

        Affine apply(double alpha, Ends ends);
    }

    /**
     * The numbers a motion works from: a reference point and a second point (a target, a pivot),
     * an amount (an angle, a factor) and a path.
     */
    record Ends(Vec first, Vec second, double amount, List<Vec> path) {
        static Ends of(Vec first, Vec second) {
            return new Ends(first, second, 0, List.of());
        }
    }

    /** Tracks that change how one object is drawn: colour, opacity, thickness, a passing tint. */
    sealed interface Restyling extends Track permits Recolour, Indicate {
        String target();

        Look apply(double alpha, Look before);
    }

    /** Tracks that bend one object's shape, point by point: {@code warp}. */
    sealed interface Bending extends Track permits Warp {
        String target();

        /** Where each point goes, found in the scene just before it starts. */
        org.lessonstudio.timeline.frame.Field field(Evaluator before);

        org.lessonstudio.timeline.frame.Figure apply(double alpha, org.lessonstudio.timeline.frame.Field field,
                                                     org.lessonstudio.timeline.frame.Figure figure);
    }

    /** Tracks that change a value: {@code animate}. */
    sealed interface Valued extends Track permits Animate {
        String value();
    }

    /** Tracks that move the camera. */
    sealed interface Filming extends Track permits CameraMove { }

    /** Tracks that add something drawn for a while: a trail, a morph, a box around objects. */
    sealed interface Overlay extends Track permits Trail, Morph, Circumscribe { }

    /** One of several objects a track was written for, and whether it acts on them together. */
    static boolean together(List<String> targets, double stagger) {
        return targets.size() > 1 && stagger == 0;
    }
}
