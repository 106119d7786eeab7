package org.lessonstudio.dsl.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.course.CourseCompiler;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.lex.Lexer;
import org.lessonstudio.dsl.parse.Parser;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * Coverage-guided fuzz tests of the language's front end. The property of each: any bytes at all
 * give a result with diagnostics; nothing throws (a stack overflow included) and nothing hangs.
 * A failing input is a bug to fix, never a test to loosen.
 *
 * <p>In {@code mvn verify} each target runs once over its inputs (regression mode, seconds): every
 * example lesson and every diagnostic example (copied in by the build) and whatever
 * {@code bench/fuzz} found and saved under {@code src/test/resources/.../LanguageFuzzTestInputs/}.
 * {@code bench/fuzz} runs them coverage-guided for a set time; docs/robustness.md has the figures.
 */
class LanguageFuzzTest {

    private static SourceFile file(byte[] bytes) {
        return SourceFile.fromBytes("fuzz.lesson", null, bytes);
    }

    @FuzzTest
    void lexer(byte[] bytes) {
        SourceFile file = file(bytes);
        new Lexer(file, new Diagnostics(file)).tokens();
    }

    @FuzzTest
    void parser(byte[] bytes) {
        SourceFile file = file(bytes);
        Diagnostics diagnostics = new Diagnostics(file);
        new Parser(new Lexer(file, diagnostics).tokens(), diagnostics).lesson();
    }

    /** The whole language, end to end, and the printing of what it found. */
    @FuzzTest
    void checker(byte[] bytes) {
        LessonCompiler.Result result = LessonCompiler.compile(file(bytes));
        DiagnosticPrinter.print(result.diagnostics());
    }

    /** Course files: the way the commands tell a course from a lesson, then the course's own reading. */
    @FuzzTest
    void course(byte[] bytes) {
        SourceFile file = file(bytes);
        if (CourseCompiler.isCourse(file.text())) {
            DiagnosticPrinter.print(CourseCompiler.compile(file).diagnostics());
        }
    }
}
