package org.lessonstudio.preview;

import java.util.ArrayList;
import java.util.List;

/**
 * A lesson presented live, as a teacher uses slides: it plays up to the next {@code pause} and
 * waits; forward plays the next step (or, while a step plays, finishes it at once); back returns
 * to the start of the step (and, from there, to the one before); a scene can be jumped to by
 * number; the screen can be blacked out. Pure state, moved on by {@link #tick} — the window
 * ({@link PresentWindow}) only draws it and passes the keys on.
 */
final class Presentation {

    /** Within this of a step's start, back goes to the step before. */
    private static final double AT_START = 0.25;

    private final List<Double> starts;
    private final List<Double> sceneStarts;
    private final double duration;
    private int step;
    private double time;
    private boolean playing;
    private boolean black;

    /**
     * @param pauses      where to stop, in seconds, in order, inside (0, duration)
     * @param sceneStarts where each scene begins, for jumping by number
     */
    Presentation(List<Double> pauses, List<Double> sceneStarts, double duration) {
        this.starts = new ArrayList<>();
        starts.add(0.0);
        starts.addAll(pauses);
        this.sceneStarts = List.copyOf(sceneStarts);
        this.duration = duration;
    }

    /** Where the step being shown ends: the next pause, or the lesson's end. */
    double stepEnd() {
        return step + 1 < starts.size() ? starts.get(step + 1) : duration;
    }

    double stepStart() {
        return starts.get(step);
    }

    /** Moves time on by {@code seconds} while a step plays; it stops at the step's end and waits. */
    void tick(double seconds) {
        if (!playing) {
            return;
        }
        time = Math.min(stepEnd(), time + seconds);
        if (time >= stepEnd()) {
            playing = false;
        }
    }

    /** Right, Page Down, Space: play the next step, or finish the one playing. */
    void forward() {
        black = false;
        if (playing) {
            time = stepEnd();
            playing = false;
        } else if (time >= stepEnd() && step + 1 < starts.size()) {
            step++;
            time = stepStart();
            playing = true;
        } else if (time < stepEnd()) {
            playing = true;
        }
    }

    /** Left, Page Up: back to the start of this step, or of the one before when already there. */
    void back() {
        black = false;
        playing = false;
        if (time - stepStart() <= AT_START && step > 0) {
            step--;
        }
        time = stepStart();
    }

    /** B: a black screen, and back. */
    void toggleBlack() {
        black = !black;
    }

    /** A number and Enter: the scene's start, waiting; false when there is no such scene. */
    boolean jumpToScene(int number) {
        if (number < 1 || number > sceneStarts.size()) {
            return false;
        }
        black = false;
        playing = false;
        time = sceneStarts.get(number - 1);
        step = 0;
        while (step + 1 < starts.size() && starts.get(step + 1) <= time) {
            step++;
        }
        return true;
    }

    double time() {
        return time;
    }

    boolean playing() {
        return playing;
    }

    boolean black() {
        return black;
    }

    /** The step shown, from 0; and how many there are. */
    int step() {
        return step;
    }

    int steps() {
        return starts.size();
    }

    /** Where the next step starts (the presenter view's "next"), or the lesson's end. */
    double nextStepStart() {
        return stepEnd();
    }
}
