package org.lessonstudio.timeline;

import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.model.Scene;

/**
 * A scene laid out in time: when it starts in the lesson, how long it lasts, and when each of its
 * reveals, animations, motions, changes and captions happens (in seconds from the scene's start).
 */
public record ScenePlan(Scene scene, double start, double duration, Map<String, List<RevealEvent>> reveals,
                        Map<String, List<AnimateEvent>> animations, Map<String, List<MotionEvent>> motions,
                        Map<String, List<ChangeEvent>> changes, SceneExtras extras, List<CaptionEvent> captions) {

    public ScenePlan {
        reveals = Map.copyOf(reveals);
        animations = Map.copyOf(animations);
        motions = Map.copyOf(motions);
        changes = Map.copyOf(changes);
        captions = List.copyOf(captions);
    }

    public double end() {
        return start + duration;
    }
}
