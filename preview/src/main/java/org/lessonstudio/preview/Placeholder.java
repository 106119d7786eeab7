package org.lessonstudio.preview;

import org.lessonstudio.app.Env;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.dsl.source.SourceFile;

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

    static LessonSession session(Env env) {
        if (LessonSession.forPreview(SourceFile.of("placeholder.lesson", LESSON), env)
                instanceof LessonSession.Ready ready) {
            return ready.session();
        }
        throw new IllegalStateException("the placeholder lesson has mistakes");
    }
}
