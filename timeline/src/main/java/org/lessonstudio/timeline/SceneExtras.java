package org.lessonstudio.timeline;

import java.util.List;

/**
 * What a scene plays besides its pictures: background music, each from its cue to the scene's end;
 * and where a live presentation stops ({@code pause}), in seconds from the scene's start.
 */
public record SceneExtras(List<MusicCue> music, List<Double> pauses) {

    public SceneExtras {
        music = List.copyOf(music);
        pauses = List.copyOf(pauses);
    }

    /** Background music starting {@code start} seconds into the scene, to the scene's end. */
    public record MusicCue(java.nio.file.Path file, double volume, double start) { }
}
