package org.lessonstudio.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lessonstudio.dsl.course.CourseCompiler;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.Messages;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * Runs every annotated lesson in {@code src/test/resources/diagnostics/}: each file lists, in
 * comments at its end, exactly the diagnostics a teacher should see
 * ({@code # Error: LINE:COL message}, followed by its {@code # Hint: text} lines).
 */
class DiagnosticExamplesTest {

    /** Messages raised outside the language module (they have their own tests there). */
    private static final Set<String> CHECKED_ELSEWHERE = Set.of("tex.invalid", "text.no-font", "image.unreadable", "audio.unreadable", "voice.engine-unknown", "voice.engine-missing", "voice.failed",
            "footage.unsafe", "footage.limits", "footage.refused", "footage.moderated", "footage.moderator-unavailable");

    static List<Path> examples() throws IOException, URISyntaxException {
        Path folder = Path.of(DiagnosticExamplesTest.class.getResource("/diagnostics").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleReportsExactlyItsAnnotatedDiagnostics() throws Exception {
        return examples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<String> expected = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("# Error: ") || line.startsWith("# Warning: ") || line.startsWith("# Hint: ")) {
                    expected.add(line.substring(2));
                }
            }
            assertFalse(expected.isEmpty(), "an example must say which diagnostics it expects");
            boolean errors = expected.stream().anyMatch(line -> line.startsWith("Error: "));
            if (CourseCompiler.isCourse(Files.readString(file))) {
                CourseCompiler.Result course = CourseCompiler.compile(SourceFile.read(file));
                assertEquals(String.join("\n", expected), String.join("\n", annotations(course.diagnostics())));
                assertEquals(errors, course.course().isEmpty(), "a course has a model exactly when it has no errors");
                return;
            }
            LessonCompiler.Result result = LessonCompiler.compile(SourceFile.read(file));
            assertEquals(String.join("\n", expected), String.join("\n", annotations(result.diagnostics())));
            assertEquals(errors, result.lesson().isEmpty(), "a lesson has a model exactly when it has no errors");
        }));
    }

    private static List<String> annotations(List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            lines.add((d.isError() ? "Error: " : "Warning: ") + d.line() + ":" + d.column() + " " + d.message());
            for (String hint : d.hints()) {
                lines.add("Hint: " + hint);
            }
        }
        return lines;
    }

    @Test
    void everyMessageInTheCatalogueHasAnExampleLesson() throws Exception {
        Set<String> seen = new TreeSet<>();
        for (Path file : examples()) {
            SourceFile source = SourceFile.read(file);
            (CourseCompiler.isCourse(source.text()) ? CourseCompiler.compile(source).diagnostics()
                    : LessonCompiler.compile(source).diagnostics()).forEach(d -> seen.add(d.code()));
        }
        Set<String> missing = new TreeSet<>(Messages.codes());
        missing.removeAll(seen);
        missing.removeAll(CHECKED_ELSEWHERE);
        assertEquals(Set.of(), missing, "messages with no example lesson in src/test/resources/diagnostics");
    }
}
