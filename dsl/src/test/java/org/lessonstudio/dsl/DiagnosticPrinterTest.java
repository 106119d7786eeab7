package org.lessonstudio.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.source.SourceFile;

/** The exact text a teacher reads in the terminal. */
class DiagnosticPrinterTest {

    @Test
    void printsFileLineColumnTheLineACaretTheMessageAndTheHint() {
        String lesson = """
                lesson "Typos"

                scene "Circle"
                  circle unit: center (0, 0), radius 1
                  point P: on unti at angle 1
                  draw unit over 2 seconds ease smoth
                """;
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.of("typos.lesson", lesson));
        assertEquals("""
                typos.lesson:5:15: error: I don't know anything called `unti` in this scene
                 5 |   point P: on unti at angle 1
                   |               ^^^^
                   = hint: did you mean `unit`?
                   = hint: define it in this scene first (each scene has its own names)
                typos.lesson:6:33: error: there is no easing called `smoth`
                 6 |   draw unit over 2 seconds ease smoth
                   |                                 ^^^^^
                   = hint: did you mean `smooth`?
                2 errors in this lesson.
                """, DiagnosticPrinter.print(result.diagnostics()));
    }

    @Test
    void caretStaysUnderTheCulpritAfterChineseText() {
        String lesson = """
                lesson "正弦"

                scene "圆"
                  text t: "单位圆" at top, colr red
                """;
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.of("zh.lesson", lesson));
        assertEquals("""
                zh.lesson:4:25: error: I don't know the word `colr` here
                 4 |   text t: "单位圆" at top, colr red
                   |                            ^^^^
                   = hint: did you mean `color`?
                1 error in this lesson.
                """, DiagnosticPrinter.print(result.diagnostics()));
    }

    @Test
    void controlCharactersAreShownAsPicturesSoTheyCannotDriveTheTerminal() {
        String lesson = "lesson \"Bell\"\n\nscene \"S\"\n  say \"a\u001B[2Jb\"\n";
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.of("esc.lesson", lesson));
        assertEquals("""
                esc.lesson:4:9: error: there is an invisible control character here (U+001B)
                 4 |   say "a\u241B[2Jb"
                   |         ^
                   = hint: it cannot be drawn or spoken; delete it (it often comes from copying text out of another program)
                1 error in this lesson.
                """, DiagnosticPrinter.print(result.diagnostics()));
    }

    @Test
    void aVeryLongLineIsShownAsAStretchAroundTheCaret() {
        String lesson = "lesson \"Long\"\n\nscene \"S\"\n  value t = " + "1 + ".repeat(5000) + "unti\n";
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.of("long.lesson", lesson));
        String printed = DiagnosticPrinter.print(result.diagnostics());
        String[] lines = printed.split("\n");
        assertEquals("long.lesson:4:20013: error: I don't know anything called `unti` in this scene", lines[0]);
        assertEquals(" 4 | \u2026" + "1 + ".repeat(39) + "unti", lines[1]);
        assertEquals("   | " + " ".repeat(lines[1].indexOf("unti") - 5) + "^^^^", lines[2]);
    }
}
