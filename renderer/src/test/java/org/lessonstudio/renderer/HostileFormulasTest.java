package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Formulas a careless or hostile lesson might hold (reproductions from the review of issue 11):
 * each is refused at check time with a plain message pointing at the command, never with
 * JLaTeXMath's internals, never by reading a file, and never by typesetting forever.
 */
class HostileFormulasTest {

    /** Far longer than any formula takes: a formula that never ends fails here instead of hanging the build. */
    private static final Duration NEVER = Duration.ofSeconds(30);

    private static TexCheck.Problem problem(String tex) {
        TexCheck.Problem p = assertTimeoutPreemptively(NEVER, () -> TexCheck.problem(tex)).orElseThrow(
                () -> new AssertionError("accepted: " + tex));
        for (String internal : new String[] {"Exception", "null", "cannot be cast", "For input string", "org.",
                "position", "ExternalConverterFactory", "radix"}) {
            assertFalse(p.message().contains(internal), tex + " -> " + p.message());
        }
        return p;
    }

    @Test
    void aCommandThatCallsItselfIsRefusedNotTypesetForever() {
        TexCheck.Problem p = problem("\\newcommand{\\a}{\\a}\\a");
        assertEquals(0, p.offset());
        assertEquals("\\newcommand".length(), p.length());
        assertTrue(p.message().contains("defines a command"), p.message());
        TexCheck.Problem inside = problem("x + \\renewcommand{\\x}{\\x}\\x");
        assertEquals(4, inside.offset());
    }

    @Test
    void aPictureIsNeverReadFromAFormula() {
        for (String path : new String[] {"/etc/shadow", "/nonexistent/x.png", "photo.png"}) {
            TexCheck.Problem p = problem("a \\includegraphics{" + path + "}");
            assertEquals(2, p.offset());
            assertTrue(p.message().contains("would read a picture file"), p.message());
        }
    }

    @Test
    void commandsThatChangeEveryFormulaAreRefused() {
        assertTrue(problem("\\jlmDynamic{x}").message().contains("changes how every formula"));
        assertTrue(problem("\\magnification{0} x").message().contains("changes how every formula"));
    }

    @Test
    void jLaTeXMathsOwnMistakesAreToldPlainlyAtTheCommand() {
        TexCheck.Problem lineBreak = problem("\\\\a{\\\\a}");
        assertEquals(0, lineBreak.offset());
        assertEquals(2, lineBreak.length());
        assertTrue(problem("x = \\char0").message().contains("the number of a character"));
        assertEquals(4, problem("x = \\char{99999999999}").offset());
        TexCheck.Problem colour = problem("\\textcolor{zz}{x}");
        assertTrue(colour.message().contains("a colour it does not know"), colour.message());
    }

    @Test
    void ordinaryFormulasStillPass() {
        for (String fine : new String[] {"\\frac{1}{2}", "\\sqrt[3]{x} + \\textcolor{red}{y}", "a \\\\ b",
                "\\char{65}", "\\begin{matrix} a & b \\\\ c & d \\end{matrix}"}) {
            assertTrue(TexCheck.problem(fine).isEmpty(), fine + ": " + TexCheck.problem(fine));
        }
    }
}
