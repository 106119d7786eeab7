package org.lessonstudio.dsl;

import org.lessonstudio.dsl.source.Limits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.source.Limits;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * Files no teacher would write, and some a careless one might: each is a positioned mistake (or,
 * for very long sums, a working lesson), never a crash. Reproductions from issue 11.
 */
class HostileInputTest {

    private static final String HEAD = "lesson \"T\"\n\nscene \"S\"\n";

    private static LessonCompiler.Result compile(String text) {
        return LessonCompiler.compile(SourceFile.of("t.lesson", text));
    }

    private static Diagnostic only(LessonCompiler.Result result, String code) {
        List<Diagnostic> matching = result.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        assertEquals(1, matching.size(), () -> "expected one " + code + " in:\n" + DiagnosticPrinter.print(result.diagnostics()));
        assertFalse(result.ok());
        return matching.get(0);
    }

    private static String value(String expression) {
        return HEAD + "  value t = " + expression + "\n  wait 1s\n";
    }

    @Test
    void tenThousandNestedBracketsAreAPositionedMistake() {
        Diagnostic d = only(compile(value("(".repeat(10_000) + "1" + ")".repeat(10_000))), "expression.too-deep");
        assertEquals(4, d.line());
        assertEquals(13 + Limits.EXPRESSION_DEPTH, d.column(), "the bracket that goes one level too deep");
    }

    @Test
    void aHundredThousandNestedBracketsAreAPositionedMistake() {
        only(compile(value("(".repeat(100_000) + "1" + ")".repeat(100_000))), "expression.too-deep");
    }

    @Test
    void bracketsUpToTheLimitAreFine() {
        int depth = Limits.EXPRESSION_DEPTH - 1;
        LessonCompiler.Result result = compile(value("(".repeat(depth) + "1 + t0" + ")".repeat(depth))
                .replace("  value t", "  value t0 = 2\n  value t"));
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
    }

    @Test
    void deepSignsPowersCallsAndPartsAreMistakesToo() {
        only(compile(value("-".repeat(50_000) + "1")), "expression.too-deep");
        only(compile(value("2^".repeat(50_000) + "1")), "expression.too-deep");
        only(compile(value("sin(".repeat(50_000) + "1" + ")".repeat(50_000))), "expression.too-deep");
        only(compile(HEAD + "  point P: at (0, 0)\n  value t = P" + ".x".repeat(50_000) + "\n  wait 1s\n"),
                "expression.too-deep");
    }

    @Test
    void aSumOfFiftyThousandTermsIsWorkedOut() {
        LessonCompiler.Result result = compile(value(String.join(" + ", java.util.Collections.nCopies(50_000, "1"))));
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
        assertEquals(new Expr.Constant(50_000), result.lesson().get().scenes().get(0).values().get("t"));
    }

    @Test
    void longMixedSumsAndProductsKeepTheirMeaning() {
        StringBuilder sum = new StringBuilder("t0");
        StringBuilder product = new StringBuilder("f");
        double expectedSum = 3;
        int power = 1;
        for (int i = 1; i < 5000; i++) {
            sum.append(i % 3 == 0 ? " - " : " + ").append(i % 7).append(" t0");
            expectedSum += (i % 3 == 0 ? -1 : 1) * (i % 7) * 3;
            product.append(i % 3 == 0 ? " / " : " * ").append("f");
            power += i % 3 == 0 ? -1 : 1;
        }
        LessonCompiler.Result result = compile(HEAD + "  value t0 = 3\n  value f = 1.0001\n  value s = " + sum
                + "\n  value p = " + product + "\n  wait 1s\n");
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
        var values = result.lesson().get().scenes().get(0).values();
        assertEquals(expectedSum, Probe.evaluate(values.get("s"), values), 1e-6);
        assertEquals(Math.pow(1.0001, power), Probe.evaluate(values.get("p"), values), 1e-9);
    }

    @Test
    void blocksNestedTooDeeplyAreAPositionedMistake() {
        StringBuilder text = new StringBuilder(HEAD);
        for (int i = 0; i < 5_000; i++) {
            text.append("  ".repeat(i + 1)).append("together\n");
        }
        text.append("  ".repeat(5_001)).append("wait 1s\n");
        only(compile(text.toString()), "block.too-deep");
    }

    @Test
    void bookmarksWrittenInsideEachOtherAreAPositionedMistake() {
        only(compile(HEAD + "  say \"Now {a} turn\"\n    " + "at a: ".repeat(20_000) + "wait 1s\n"), "block.too-deep");
    }

    @Test
    void aVideoSizeThatDoesNotFitIsAPositionedMistake() {
        Diagnostic d = only(compile("lesson \"T\"\n  video: 99999999999x1080\n\nscene \"S\"\n  wait 1s\n"),
                "video.size-range");
        assertEquals(2, d.line());
        assertEquals(10, d.column());
    }

    @Test
    void aNumberTooBigForAnyCalculationIsAPositionedMistake() {
        Diagnostic d = only(compile(value("2 + " + "9".repeat(400))), "number.too-big");
        assertEquals(17, d.column());
    }

    @Test
    void divisionByZeroIsFoundAtCheckTime() {
        Diagnostic d = only(compile(value("1 + 1 / 0")), "number.not-finite");
        assertEquals(17, d.column());
        assertTrue(d.message().contains("infinity"), d.message());
        assertTrue(d.hints().get(0).contains("0"), d.hints().toString());
    }

    @Test
    void theSquareRootOfMinusOneAndTheLogarithmOfZeroAreFoundAtCheckTime() {
        only(compile(value("sqrt(-1)")), "number.not-finite");
        only(compile(value("ln(0)")), "number.not-finite");
        only(compile(HEAD + "  circle c: center (0, 0), radius 1 / 0\n  draw c\n"), "number.not-finite");
        only(compile(HEAD + "  point P: at (10^400, 0)\n  draw P\n"), "number.not-finite");
    }

    @Test
    void controlCharactersInTextAreAPositionedMistake() {
        Diagnostic title = only(compile("lesson \"T\u0000x\"\n\nscene \"S\"\n  wait 1s\n"), "text.control");
        assertEquals(1, title.line());
        assertEquals(10, title.column());
        assertTrue(title.message().contains("U+0000"), title.message());
        only(compile(HEAD + "  say \"hello\u0007 there\"\n"), "text.control");
        only(compile(HEAD + "  text t: \"a\u001Bb\" at (0, 0)\n  write t\n"), "text.control");
    }

    @Test
    void aFileThatIsNotUtf8IsAPositionedMistakeWithAHint(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("latin1.lesson");
        Files.write(file, "lesson \"Caf\u00e9\"\n\nscene \"S\"\n  say \"na\u00efve\"\n".getBytes(StandardCharsets.ISO_8859_1));
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.read(file));
        Diagnostic d = only(result, "file.not-utf8");
        assertEquals(1, d.line());
        assertEquals(12, d.column());
        assertTrue(d.message().contains("0xE9"), d.message());
        assertTrue(d.hints().get(0).contains("UTF-8"), d.hints().toString());
        assertEquals(1, result.diagnostics().size(), "nothing more is said about a file that cannot be read as text");
    }

    @Test
    void aFileTooLargeIsRefusedBeforeItIsRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("huge.lesson");
        byte[] bytes = (HEAD + "  say \"" + "a".repeat(Limits.FILE_BYTES) + "\"\n").getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        SourceFile source = SourceFile.read(file);
        assertTrue(source.text().length() < 100, "only the start of the file is kept to show the mistake");
        Diagnostic d = only(LessonCompiler.compile(source), "file.too-large");
        assertEquals(1, d.line());
        assertTrue(d.message().contains("2 MB"), d.message());
    }

    @Test
    void aSayTooLongIsAPositionedMistake() {
        Diagnostic d = only(compile(HEAD + "  say \"" + "word ".repeat(Limits.SAY_CHARACTERS / 5 + 1) + "\"\n"),
                "say.too-long");
        assertEquals(4, d.line());
    }

    @Test
    void tooManyObjectsInASceneIsAPositionedMistake() {
        StringBuilder text = new StringBuilder(HEAD);
        for (int i = 0; i <= Limits.OBJECTS_PER_SCENE; i++) {
            text.append("  point p").append(i).append(": at (0, 0)\n");
        }
        text.append("  wait 1s\n");
        Diagnostic d = only(compile(text.toString()), "scene.too-many-objects");
        assertEquals(4 + Limits.OBJECTS_PER_SCENE, d.line(), "the first object past the limit");
    }

    @Test
    void tooManyActionsInASceneIsAPositionedMistake() {
        String text = HEAD + "  wait 0s\n".repeat(Limits.ACTIONS_PER_SCENE + 1);
        Diagnostic d = only(compile(text), "scene.too-many-actions");
        assertEquals(4 + Limits.ACTIONS_PER_SCENE, d.line());
    }

    @Test
    void definitionsBuiltOnEachOtherTooDeeplyAreAPositionedMistake() {
        StringBuilder text = new StringBuilder(HEAD + "  value v0 = 1\n");
        for (int i = 1; i < 400; i++) {
            text.append("  value v").append(i).append(" = v").append(i - 1).append(" + 1\n");
        }
        text.append("  wait 1s\n");
        Diagnostic d = only(compile(text.toString()), "definition.too-deep");
        assertTrue(d.message().contains("`v"), d.message());
    }

    @Test
    void aThousandErrorsArePrintedAsAHundredAndACount() {
        String junk = HEAD + "  \u0001\n".repeat(5_000);
        LessonCompiler.Result result = compile(junk);
        assertTrue(result.diagnostics().size() <= 101, () -> result.diagnostics().size() + " diagnostics");
        assertEquals("too-many", result.diagnostics().get(result.diagnostics().size() - 1).code());
    }

    /** Found by fuzzing: {@code .5.5} was one number token that no number reading accepts. */
    @Test
    void aNumberWithTwoPointsIsTwoNumbersNotACrash() {
        LessonCompiler.Result result = compile(value(".5.5"));
        assertFalse(result.ok());
        assertTrue(result.diagnostics().stream().allMatch(d -> d.line() == 4), DiagnosticPrinter.print(result.diagnostics()));
    }

    /** Found by fuzzing: digits of other scripts passed the lexer as a number and failed as one. */
    @Test
    void digitsOfOtherScriptsAreNotNumbers() {
        LessonCompiler.Result result = compile(value("\uFF13 + \u0663"));
        assertEquals(List.of("char.unknown", "char.unknown", "expression.expected"),
                result.diagnostics().stream().map(Diagnostic::code).toList());
        assertEquals(13, result.diagnostics().get(0).column());
    }

    /** Found by fuzzing: text after a group's members was read as a member. */
    @Test
    void textInAGroupIsAPositionedMistake() {
        Diagnostic d = only(compile(HEAD + "  point A: at (0, 0)\n  group g: A \"x\"\n  show g\n"),
                "clause.text-not-allowed");
        assertEquals(5, d.line());
        assertEquals(14, d.column());
    }
}
