package org.lessonstudio.app;

import java.util.List;
import java.util.Optional;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.timeline.Timeline;

/**
 * A lesson after every check ({@link LessonChecks}): its timeline, laid out from estimated speech,
 * if it has no errors, and every diagnostic found.
 */
public record CheckedLesson(Optional<Lesson> lesson, Optional<Timeline> timeline, List<Diagnostic> diagnostics) {

    public boolean ok() {
        return timeline.isPresent();
    }
}
