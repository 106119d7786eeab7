package org.lessonstudio.timeline;

import java.util.List;

/** When a value's animations start in a scene, for tools and tests that check timing. */
public final class AnimateEventView {

    private AnimateEventView() {
    }

    /** The start of each animation of {@code value}, in seconds from the scene's start. */
    public static List<Double> starts(ScenePlan scene, String value) {
        return scene.animations().getOrDefault(value, List.of()).stream().map(AnimateEvent::start).toList();
    }
}
