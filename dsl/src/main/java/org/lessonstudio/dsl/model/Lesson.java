package org.lessonstudio.dsl.model;

import java.util.List;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * A lesson that has passed every check: names resolved, types and units right, durations known.
 * This is the only form of a lesson later stages see.
 */
public record Lesson(String title, String audience, String language, String voice, VideoFormat video,
                     Theme theme, List<Scene> scenes, SourceFile source) {

    public Lesson {
        scenes = List.copyOf(scenes);
    }
}
