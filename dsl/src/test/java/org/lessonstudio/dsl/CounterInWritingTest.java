package org.lessonstudio.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Writing;
import org.lessonstudio.dsl.source.SourceFile;

/** A repeat's counter inside quoted writing: {@code {i}} is its number, TeX's own braces stay. */
class CounterInWritingTest {

    private static List<Shape> shapes(String body) {
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.of("t.lesson",
                "lesson \"Counters\"\n  voice: none\n\nscene \"One\"\n" + body));
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
        return result.lesson().get().scenes().get(0).shapes();
    }

    private static String label(List<Shape> shapes, String name) {
        return shapes.stream().filter(s -> s.name().equals(name)).map(s -> ((Shape.Point) s).label()).findFirst()
                .orElseThrow();
    }

    @Test
    void theCounterInBracesIsItsNumberInTextAndInFormulas() {
        List<Shape> shapes = shapes("""
                  repeat i from 1 to 12:
                    point d[i]: at (i, 1), label "$d_{i}$"
                    point p[i]: at (i, 2), label "P{i}"
                    point n[i]: at (i, 3), label "{i + 1} and {2 i} and {i / 2}"
                    point k[i]: at (i, 4), label "$\\frac{{i}}{2}$ of $x^{2}$"
                  show d, p, n, k
                """);
        List<Shape> formulas = shapes("""
                  repeat i from 9 to 10:
                    tex f[i]: "x_{i} = \\frac{i}{2}" at (0, i - 9)
                  show f
                """);
        assertEquals("x_{10} = \\frac{10}{2}", formulas.stream().filter(s -> s.name().equals("f[10]"))
                .map(s -> ((Shape.Tex) s).tex()).findFirst().orElseThrow());
        assertEquals("$d_{2}$", label(shapes, "d[2]"));
        assertEquals("$d_{3}$", label(shapes, "d[3]"));
        assertEquals("P1", label(shapes, "p[1]"));
        assertEquals("P3", label(shapes, "p[3]"));
        assertEquals("$d_{12}$", label(shapes, "d[12]"));
        assertEquals("P12", label(shapes, "p[12]"));
        assertEquals("3 and 4 and 1", label(shapes, "n[2]"));
        assertEquals("2 and 2 and 0.5", label(shapes, "n[1]"));
        assertEquals("$\\frac{i}{2}$ of $x^{2}$", label(shapes, "k[1]"));
    }

    @Test
    void nestedRepeatsFillTheirOwnCounters() {
        List<Shape> shapes = shapes("""
                  repeat i from 1 to 2:
                    repeat j from 1 to 2:
                      point g[i][j]: at (i, j), label "({i}, {j}) sum {i + j}"
                  show g[2][1]
                """);
        assertEquals("(2, 1) sum 3", label(shapes, "g[2][1]"));
    }

    @Test
    void aBackslashDollarIsADollarSign() {
        assertEquals(List.of(new Writing.Piece("costs $5 and ", false, 0), new Writing.Piece("\\alpha", true, 15)),
                Writing.pieces("costs \\$5 and $\\alpha$"));
        assertTrue(Writing.unclosed("$\\Delta Q").isPresent());
        assertTrue(Writing.unclosed("costs \\$5").isEmpty());
    }
}
