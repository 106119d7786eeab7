package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.timeline.Timeline;

/** Loading lessons for renderer tests. */
final class Frames {

    private Frames() {
    }

    static Timeline timeline(Path path) throws IOException {
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.read(path));
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
        return Timeline.of(result.lesson().get());
    }
}
