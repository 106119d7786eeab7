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
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.course.CourseCompiler;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.Messages;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * Runs every annotated lesson in {@code src/test/resources/diagnostics/}: each file lists, in
 * comments at its end, exactly the diagnostics a teacher should see
 * ({@code # Error: LINE:COL message}, followed by its {@code # Hint: text} lines).
 *
 * <p>Links cannot live in the repository's example folder, so an example about them says what it
 * needs in comments at its start, and is checked in a fresh folder where the test makes them:
 * {@code # File: ../outside/private.png} (an empty file) and
 * {@code # Link: assets/away.png -> ../../outside/private.png} (a link holding exactly that target),
 * both relative to the lesson's folder; {@code # Folder: assets/photo.png} makes a folder. Only
 * those are made, and only inside the fresh folder.
 */
class DiagnosticExamplesTest {

    @TempDir
    Path sandboxes;

    /** Messages raised outside the language module (they have their own tests there). */
    private static final Set<String> CHECKED_ELSEWHERE = Set.of(
            // Raised by the checks that open what a lesson uses; their annotated examples are
            // studio's src/test/resources/inputs (InputExamplesTest).
            "tex.invalid", "text.no-font", "image.unreadable", "audio.unreadable", "caption.reading-speed", "image.too-many-pixels",
            // Numbers too close to read are known once the axes are laid out on screen (studio's inputs).
            "axes.crowded",
            // A file over 2 MB has no place among the examples; HostileInputTest writes one.
            "file.too-large",
            // A lesson's length is known once the timeline lays it out (studio's LessonLengthTest).
            "lesson.too-long",
            // Only a frame shows it (timeline's NotDrawableTest, studio's commands test).
            "frame.not-finite");

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
            // Read leniently: one example is deliberately not UTF-8.
            String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.lines().toList()) {
                if (line.startsWith("# Error: ") || line.startsWith("# Warning: ") || line.startsWith("# Hint: ")) {
                    expected.add(line.substring(2));
                }
            }
            assertFalse(expected.isEmpty(), "an example must say which diagnostics it expects");
            boolean errors = expected.stream().anyMatch(line -> line.startsWith("Error: "));
            SourceFile source = source(file);
            if (CourseCompiler.isCourse(source.text())) {
                CourseCompiler.Result course = CourseCompiler.compile(source);
                assertEquals(String.join("\n", expected), String.join("\n", annotations(course.diagnostics())));
                assertEquals(errors, course.course().isEmpty(), "a course has a model exactly when it has no errors");
                return;
            }
            LessonCompiler.Result result = LessonCompiler.compile(source);
            assertEquals(String.join("\n", expected), String.join("\n", annotations(result.diagnostics())));
            assertEquals(errors, result.lesson().isEmpty(), "a lesson has a model exactly when it has no errors");
        }));
    }

    /**
     * The example as it is checked: read where it is, or, when it asks for files and links, copied
     * into a fresh folder of its own where they are made.
     */
    private SourceFile source(Path example) throws IOException {
        List<String> lines = new String(Files.readAllBytes(example), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        List<String> made = lines.stream().filter(l -> l.startsWith(FILE) || l.startsWith(LINK)
                || l.startsWith(FOLDER)).toList();
        if (made.isEmpty()) {
            return SourceFile.read(example);
        }
        Path sandbox = Files.createTempDirectory(sandboxes, "example");
        Path folder = Files.createDirectories(sandbox.resolve("lesson"));
        for (String line : made) {
            if (line.startsWith(FOLDER)) {
                Files.createDirectories(inside(sandbox, folder, line.substring(FOLDER.length())));
            } else if (line.startsWith(FILE)) {
                Path file = inside(sandbox, folder, line.substring(FILE.length()));
                Files.createDirectories(file.getParent());
                Files.createFile(file);
            } else {
                String[] parts = line.substring(LINK.length()).split(" -> ", 2);
                Path link = inside(sandbox, folder, parts[0]);
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, Path.of(parts[1]));
            }
        }
        Path copy = folder.resolve(example.getFileName().toString());
        Files.copy(example, copy);
        return SourceFile.read(copy);
    }

    private static final String FILE = "# File: ";
    private static final String LINK = "# Link: ";
    private static final String FOLDER = "# Folder: ";

    /** A name an example asks to be made, which must stay inside its fresh folder. */
    private static Path inside(Path sandbox, Path folder, String name) {
        Path path = folder.resolve(name).normalize();
        assertTrue(path.startsWith(sandbox) && !path.equals(sandbox), "an example may make files only in its own folder: "
                + name);
        return path;
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
            SourceFile source = source(file);
            (CourseCompiler.isCourse(source.text()) ? CourseCompiler.compile(source).diagnostics()
                    : LessonCompiler.compile(source).diagnostics()).forEach(d -> seen.add(d.code()));
        }
        Set<String> missing = new TreeSet<>(Messages.codes());
        missing.removeAll(seen);
        missing.removeAll(CHECKED_ELSEWHERE);
        assertEquals(Set.of(), missing, "messages with no example lesson in src/test/resources/diagnostics");
    }
}
