package org.lessonstudio.timeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.source.SourceFile;

/** Lessons for tests: from text, or the flagship from examples/. */
final class Lessons {

    private Lessons() {
    }

    static Timeline timeline(String text) {
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.of("test.lesson", text));
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
        return Timeline.of(result.lesson().get());
    }

    static Timeline flagship() throws IOException {
        LessonCompiler.Result result = LessonCompiler.compile(
                SourceFile.read(Path.of("../examples/sine-from-unit-circle.lesson")));
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
        return Timeline.of(result.lesson().get());
    }
}
