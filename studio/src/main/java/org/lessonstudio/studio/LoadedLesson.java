package org.lessonstudio.studio;

import java.util.List;
import java.util.Optional;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.timeline.Timeline;

/** A lesson read from disk: its timeline if it has no errors, and every diagnostic found. */
public record LoadedLesson(Optional<Lesson> lesson, Optional<Timeline> timeline, List<Diagnostic> diagnostics) {

    public boolean ok() {
        return timeline.isPresent();
    }
}
