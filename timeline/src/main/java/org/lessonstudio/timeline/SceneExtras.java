package org.lessonstudio.timeline;

import java.util.List;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Easing;

/**
 * What a scene shows besides its own objects, placed in time: trails of traced points, morphs
 * of one object into another, boxes drawn around objects, and the camera's moves.
 */
public record SceneExtras(List<Trace> traces, List<Morph> morphs, List<Box> boxes, List<CameraMove> camera,
                          List<MusicCue> music) {

    public SceneExtras {
        music = List.copyOf(music);
        traces = List.copyOf(traces);
        morphs = List.copyOf(morphs);
        boxes = List.copyOf(boxes);
        camera = List.copyOf(camera);
    }

    /** A point's trail from {@code start} until {@code end} (the scene's end when open-ended). */
    record Trace(String point, double start, double end) { }

    record Morph(String from, String to, double start, double duration, Easing easing) {
        double progress(double t) {
            return duration <= 0 ? 1 : easing.apply((t - start) / duration);
        }
    }

    record Box(List<String> targets, double start, double duration) {
        Box {
            targets = List.copyOf(targets);
        }
    }

    /** Background music starting {@code start} seconds into the scene, to the scene's end. */
    public record MusicCue(java.nio.file.Path file, double volume, double start) { }

    record CameraMove(Action.Camera camera, double start, double duration, Easing easing) {
        double progress(double t) {
            return duration <= 0 ? 1 : easing.apply((t - start) / duration);
        }
    }
}
