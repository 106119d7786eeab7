package org.lessonstudio.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.diag.Numbers;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.MathFunction;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * Numbers at the edge of what arithmetic holds: rounding keeps big numbers, messages show them as a
 * lesson writes them, and a fixed value that overflows is a mistake at check time. Reproductions
 * from the review of issue 11.
 */
class BigNumbersTest {

    private static final String HEAD = "lesson \"T\"\n\nscene \"S\"\n";

    private static LessonCompiler.Result compile(String body) {
        return LessonCompiler.compile(SourceFile.of("t.lesson", HEAD + body));
    }

    private static List<String> messages(LessonCompiler.Result result) {
        return result.diagnostics().stream().map(d -> d.line() + ":" + d.column() + " " + d.message()).toList();
    }

    @Test
    void roundingKeepsBigNumbersWhole() {
        assertEquals(1e20, MathFunction.ROUND.apply(1e20));
        assertEquals(-1e308, MathFunction.ROUND.apply(-1e308));
        assertEquals(3, MathFunction.ROUND.apply(2.5), "halves go up, as at school");
        assertEquals(-2, MathFunction.ROUND.apply(-2.5));
        assertEquals(0, MathFunction.ROUND.apply(0.49999999999999994));
        assertTrue(Double.isNaN(MathFunction.ROUND.apply(Double.NaN)));
        LessonCompiler.Result result = compile("  value w = floor(10^308) + round(-10^308)\n"
                + "  value r = round(10^20) - 10^20\n  wait 1s\n");
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
        assertEquals(new Expr.Constant(0), result.lesson().get().scenes().get(0).values().get("w"));
        assertEquals(new Expr.Constant(0), result.lesson().get().scenes().get(0).values().get("r"));
    }

    @Test
    void messagesShowBigAndSmallNumbersAsALessonWritesThem() {
        assertEquals("10^300", Numbers.shown(1e300));
        assertEquals("-10^300", Numbers.shown(-1e300));
        assertEquals("10^-300", Numbers.shown(1e-300));
        assertEquals("1.79769 \u00D7 10^308", Numbers.shown(Double.MAX_VALUE));
        assertEquals("1000000", Numbers.shown(1e6));
        assertEquals("10^-6", Numbers.shown(1e-6));
        assertEquals("0.25", Numbers.shown(0.25));
        assertEquals("3.14159", Numbers.shown(Math.PI));
        assertEquals("-2", Numbers.shown(-2));
        assertEquals(List.of(
                "4:24 `x` is 10^300, but it must be between -1000000 and 1000000",
                "5:32 `step` is 10^-300, but it must be between 10^-6 and 1000000",
                "6:15 a zoom of 10^300 cannot be filmed: the camera zooms from 0.05 (far out) to 50 (close in)"),
                messages(compile("  table a: x from 0 to 10^300, step 1, y = x^2\n"
                        + "  table b: x from 0 to 3, step 10^-300, y = x^2\n"
                        + "  camera zoom 10^300\n")));
    }

    @Test
    void aFixedValueThatOverflowsIsAMistakeWhereItIsWritten() {
        LessonCompiler.Result result = compile("  value v = 10^308\n  value w = v * v\n"
                + "  circle d: center (0, 0), radius v * 10\n  draw d\n");
        List<Diagnostic> found = result.diagnostics();
        assertEquals(List.of("5:13 this works out to infinity, which cannot be drawn",
                "6:35 this works out to infinity, which cannot be drawn"), messages(result));
        assertEquals("number.not-finite", found.get(0).code());
    }

    @Test
    void anAnimatedValueIsLeftToTheFrames() {
        LessonCompiler.Result result = compile("  value v = 10^308\n  value w = v * v\n  animate v to 1 over 1s\n");
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
    }

    @Test
    void aLetterSizeOutOfRangeIsOneMistake() {
        assertEquals(List.of("4:32 `size` is 10000, but it must be between 0.1 and 5"),
                messages(compile("  text tx: \"hi\" at (0,0), size 10000\n  draw tx\n")));
        assertEquals(List.of("4:32 `size` is 10^300, but it must be between 0.1 and 5"),
                messages(compile("  text tx: \"hi\" at (0,0), size 10^300\n  draw tx\n")));
    }
}
