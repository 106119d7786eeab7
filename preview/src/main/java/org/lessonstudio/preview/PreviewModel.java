package org.lessonstudio.preview;

import java.util.List;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * What the preview is showing and doing, without any JavaFX: the lesson's timeline (swapped in
 * whole on every good save), the playhead, play/pause, speed, scene looping, and the problems of
 * the last save. The window reads it on every pulse; tests drive it directly.
 */
public final class PreviewModel {

    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 2;

    private Timeline timeline;
    private double time;
    private boolean playing;
    private double speed = 1;
    private boolean loopScene;
    private List<Diagnostic> problems = List.of();
    private String failure = "";
    private int reloads;

    public PreviewModel(Timeline timeline) {
        this.timeline = timeline;
    }

    public Timeline timeline() {
        return timeline;
    }

    public double time() {
        return time;
    }

    public boolean playing() {
        return playing;
    }

    public double speed() {
        return speed;
    }

    public boolean loopScene() {
        return loopScene;
    }

    /** The mistakes of the last save; empty when it was good. The last good timeline stays shown. */
    public List<Diagnostic> problems() {
        return problems;
    }

    /** A failure inside Lesson Studio during the last reload, or "". */
    public String failure() {
        return failure;
    }

    /** How many good saves have been swapped in. */
    public int reloads() {
        return reloads;
    }

    public int fps() {
        return timeline.lesson().video().fps();
    }

    /** The frame the playhead is on: frame i shows time i / fps, as in the exported video. */
    public int frameIndex() {
        return (int) Math.floor(time * fps() + 1e-6);
    }

    public int sceneIndex() {
        return timeline.sceneIndexAt(time);
    }

    /**
     * A good save: the new timeline replaces the old one whole. The playhead stays in the same scene
     * (found by title) at the same distance into it, or at the same time if that scene is gone.
     */
    public void swap(Timeline next, List<Diagnostic> warnings) {
        ScenePlan current = timeline.scenes().get(sceneIndex());
        double into = time - current.start();
        double at = time;
        for (ScenePlan plan : next.scenes()) {
            if (plan.scene().title().equals(current.scene().title())) {
                at = plan.start() + Math.min(into, plan.duration());
                break;
            }
        }
        timeline = next;
        time = clamp(at);
        problems = warnings.stream().filter(d -> !d.isError()).toList();
        failure = "";
        reloads++;
    }

    /** A save with mistakes: keep showing the last good lesson and list the problems. */
    public void showProblems(List<Diagnostic> diagnostics) {
        problems = List.copyOf(diagnostics);
        failure = "";
    }

    /** Lesson Studio failed while reloading: say so, keep the last good lesson. */
    public void showFailure(String message) {
        failure = message;
    }

    public boolean hasErrors() {
        return !failure.isEmpty() || problems.stream().anyMatch(Diagnostic::isError);
    }

    /** Moves the playhead on by real time elapsed (at the playback speed) while playing. */
    public void advance(double seconds) {
        if (!playing) {
            return;
        }
        double next = time + seconds * speed;
        if (loopScene) {
            ScenePlan scene = timeline.scenes().get(sceneIndex());
            if (next >= scene.end()) {
                next = scene.start() + (next - scene.end()) % scene.duration();
            }
        } else if (next >= timeline.duration()) {
            next = timeline.duration();
            playing = false;
        }
        time = clamp(next);
    }

    public void togglePlay() {
        if (!playing && time >= timeline.duration()) {
            time = 0;
        }
        playing = !playing;
    }

    /** One frame forward (positive) or back (negative); pauses. */
    public void step(int frames) {
        playing = false;
        seekFrame(frameIndex() + frames);
    }

    /** To the start of the next (positive) or previous (negative) scene. */
    public void jumpScene(int delta) {
        int index = sceneIndex();
        ScenePlan scene = timeline.scenes().get(index);
        if (delta < 0 && time - scene.start() > 0.5) {
            seek(scene.start());
            return;
        }
        int target = Math.max(0, Math.min(timeline.scenes().size() - 1, index + delta));
        seek(timeline.scenes().get(target).start());
    }

    public void seek(double seconds) {
        time = clamp(seconds);
    }

    public void seekFrame(int frame) {
        int last = Math.max(0, timeline.frameCount(fps()) - 1);
        seek((double) Math.max(0, Math.min(last, frame)) / fps());
    }

    public void toStart() {
        seek(0);
    }

    public void toEnd() {
        playing = false;
        seekFrame(Integer.MAX_VALUE);
    }

    public void toggleLoop() {
        loopScene = !loopScene;
    }

    public void setSpeed(double value) {
        speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, value));
    }

    private double clamp(double t) {
        return Math.max(0, Math.min(timeline.duration(), t));
    }
}
