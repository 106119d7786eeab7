package org.lessonstudio.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.diag.Suggest;
import org.lessonstudio.dsl.source.Limits;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * Names and writing as long as a file can hold: a name longer than {@link Limits#NAME_CHARACTERS}
 * and writing drawn on screen longer than {@link Limits#WRITING_CHARACTERS} are positioned
 * mistakes, and looking for a close name never compares huge words (a name of 60,000 letters
 * used to run "did you mean" out of memory). Reproductions from the review of issue 11.
 */
class LongWordsTest {

    private static final String HEAD = "lesson \"T\"\n\nscene \"S\"\n";

    private static LessonCompiler.Result compile(String text) {
        return LessonCompiler.compile(SourceFile.of("t.lesson", text));
    }

    private static List<Diagnostic> coded(LessonCompiler.Result result, String code) {
        return result.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void aNameLongerThanTheLimitIsAPositionedMistake() {
        String name = "n".repeat(Limits.NAME_CHARACTERS + 1);
        LessonCompiler.Result result = compile(HEAD + "  circle " + name + ": center (0, 0), radius 1\n  draw "
                + name + "\n");
        List<Diagnostic> long_ = coded(result, "name.too-long");
        assertEquals(2, long_.size(), () -> DiagnosticPrinter.print(result.diagnostics()));
        assertEquals(4, long_.get(0).line());
        assertEquals(10, long_.get(0).column());
        assertEquals("this name is 65 characters long; a name can be at most 64", long_.get(0).message());
        assertFalse(result.ok());
    }

    @Test
    void aNameAtTheLimitIsFine() {
        String name = "n".repeat(Limits.NAME_CHARACTERS);
        LessonCompiler.Result result = compile(HEAD + "  circle " + name + ": center (0, 0), radius 1\n  draw "
                + name + "\n");
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
    }

    @Test
    void hugeNamesAreReportedQuicklyAndShownShort() {
        String defined = "n".repeat(60_000);
        String used = "n".repeat(59_999) + "m";
        LessonCompiler.Result result = compile(HEAD + "  circle " + defined + ": center (0, 0), radius 1\n  draw "
                + used + "\n");
        String shown = DiagnosticPrinter.print(result.diagnostics());
        assertFalse(result.ok());
        assertTrue(shown.length() < 4000, () -> "a report of " + shown.length() + " characters");
        assertTrue(shown.contains("\u2026"), shown);
    }

    @Test
    void closeNamesAreNotLookedForAmongHugeWords() {
        assertTrue(Suggest.closest("n".repeat(100_000), List.of("n".repeat(100_001))).isEmpty());
        assertTrue(Suggest.closest("cirle", List.of("x".repeat(100_000), "circle")).isPresent());
    }

    @Test
    void drawnWritingLongerThanTheLimitIsAPositionedMistake() {
        String words = "a".repeat(Limits.WRITING_CHARACTERS + 1);
        LessonCompiler.Result result = compile(HEAD
                + "  text t: \"" + words + "\" at top\n"
                + "  tex f: \"" + words + "\" at bottom\n"
                + "  point P: at (0, 0), label \"" + words + "\"\n"
                + "  draw t, f, P\n"
                + "  title \"" + words + "\", subtitle \"" + words + "\"\n"
                + "  footage \"" + words + "\" for 2s\n"
                + "  write tex \"" + words + "\" at center\n");
        List<Diagnostic> long_ = coded(result, "writing.too-long");
        assertEquals(List.of(4, 5, 6, 8, 8, 9, 10), long_.stream().map(Diagnostic::line).toList(),
                () -> DiagnosticPrinter.print(result.diagnostics()));
        assertEquals("this writing is 1001 characters long; writing on screen can be at most 1000",
                long_.get(0).message());
    }

    @Test
    void writingAtTheLimitAndLongerSentencesToSayAreFine() {
        String words = "a".repeat(Limits.WRITING_CHARACTERS);
        LessonCompiler.Result result = compile(HEAD + "  text t: \"" + words + "\" at top\n  draw t\n  say \""
                + "b".repeat(Limits.SAY_CHARACTERS) + "\"\n");
        assertTrue(coded(result, "writing.too-long").isEmpty(), () -> DiagnosticPrinter.print(result.diagnostics()));
    }

    @Test
    void aLessonOrSceneTitleLongerThanTheLimitIsAMistake() {
        String words = "a".repeat(Limits.WRITING_CHARACTERS + 1);
        LessonCompiler.Result result = compile("lesson \"" + words + "\"\n\nscene \"" + words + "\"\n  wait 1s\n");
        assertEquals(List.of(1, 3), coded(result, "writing.too-long").stream().map(Diagnostic::line).toList(),
                () -> DiagnosticPrinter.print(result.diagnostics()));
    }
}
