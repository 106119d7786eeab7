package org.lessonstudio.studio.preview;

import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.timeline.Timeline;

/** What the preview shows until a lesson that opened with mistakes is first saved without them. */
final class Placeholder {

    private static final String LESSON = """
            lesson "Waiting for a good save"

            scene "Fix the mistakes listed, then save"
              text note: "Fix the mistakes listed, then save the lesson." at center
              show note
              wait 1s
            """;

    private Placeholder() {
    }

    static Timeline timeline() {
        return Timeline.of(LessonCompiler.compile(SourceFile.of("placeholder.lesson", LESSON)).lesson()
                .orElseThrow(() -> new IllegalStateException("the placeholder lesson has mistakes")));
    }
}
