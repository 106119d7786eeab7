package org.lessonstudio.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.course.CourseCompiler;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * A lesson saved with classic Mac line ends (a carriage return alone), with Windows ones (CR LF)
 * or with Unix ones (LF) is the same lesson: the same objects, the same mistakes at the same
 * line and column. Reproductions from the review of issue 11 (a file with lone CRs was read as
 * one line, so everything after its first line was lost without a word).
 */
class LineEndsTest {

    private static final String LESSON = """
            lesson "Line ends"
              video: 640x360, 30 fps

            scene "S"
              circle c: center (0, 0), radius 1   # a comment ends at the line end
              draw c
              draw zz
              say "Hello"
            """;

    private static String ended(String text, String end) {
        return text.replace("\n", end);
    }

    private static List<String> shown(String text) {
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.of("t.lesson", text));
        return result.diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.message() + " | " + d.file().lineText(d.span().start()))
                .toList();
    }

    @Test
    void aLoneCarriageReturnEndsALineLikeALineFeed() {
        List<String> unix = shown(LESSON);
        assertEquals(List.of("7:8 I don't know anything called `zz` in this scene |   draw zz"), unix);
        assertEquals(unix, shown(ended(LESSON, "\r")), "classic Mac line ends");
        assertEquals(unix, shown(ended(LESSON, "\r\n")), "Windows line ends");
    }

    @Test
    void aLessonWithLoneCarriageReturnsHasItsScenesAndActions() {
        String good = ended(LESSON.replace("  draw zz\n", ""), "\r");
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.of("t.lesson", good));
        assertTrue(result.diagnostics().isEmpty(), () -> DiagnosticPrinter.print(result.diagnostics()));
        assertEquals(1, result.lesson().orElseThrow().scenes().size());
        assertEquals(2, result.lesson().orElseThrow().scenes().get(0).actions().size());
    }

    @Test
    void aCarriageReturnInsideQuotesEndsTheTextThere() {
        String text = "lesson \"T\"\r\rscene \"S\"\r  say \"Hello\rworld\"\r";
        List<Diagnostic> mistakes = LessonCompiler.compile(SourceFile.of("t.lesson", text)).diagnostics();
        assertEquals("string.unterminated", mistakes.get(0).code());
        assertEquals(4, mistakes.get(0).line());
        assertEquals("  say \"Hello", mistakes.get(0).file().lineText(mistakes.get(0).span().start()));
    }

    @Test
    void positionsCountEachKindOfLineEndOnce() {
        SourceFile file = SourceFile.of("t.lesson", "a\r\nb\rc\nd");
        int d = file.text().indexOf('d');
        assertEquals(4, file.line(d));
        assertEquals(1, file.column(d));
        assertEquals(3, file.line(file.text().indexOf('c')));
        assertEquals(2, file.line(file.text().indexOf('b')));
        assertEquals("b", file.lineText(file.text().indexOf('b')));
        assertEquals(2, file.line(file.text().lastIndexOf('\r')), "a line end belongs to the line it ends");
    }

    @Test
    void aCourseWithLoneCarriageReturnsListsItsLessons(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.lesson"), ended(LESSON.replace("  draw zz\n", ""), "\r"));
        String course = "course \"C\"\r  code: C-1\r\rlesson \"a.lesson\"\rlesson \"a.lesson\"\r";
        assertTrue(CourseCompiler.isCourse(course));
        Path file = Files.writeString(folder.resolve("course.lesson"), course);
        List<Diagnostic> mistakes = CourseCompiler.compile(SourceFile.read(file)).diagnostics();
        assertEquals("course.lesson-twice", mistakes.get(mistakes.size() - 1).code(),
                () -> DiagnosticPrinter.print(mistakes));
        assertEquals(5, mistakes.get(mistakes.size() - 1).line());
    }
}
