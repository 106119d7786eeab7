package org.lessonstudio.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.ast.LessonAst;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.lex.Lexer;
import org.lessonstudio.dsl.parse.Parser;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * The tree the parser makes of a lesson, written out as brackets ({@link Trees}): which operation
 * binds tighter, what a clause holds, which lines belong under a {@code say} or {@code together},
 * and where parsing picks up again after a mistake. The checker's tests only see what survives
 * checking; a parser that grouped {@code 1 + 2 * 3} wrongly would pass many of them.
 */
class ParseTreeTest {

    private record Parsed(String tree, List<Diagnostic> mistakes) {
    }

    private static Parsed parse(String scene) {
        String text = "lesson \"Trees\"\n  language: en\n\nscene \"One\"\n" + scene.stripIndent().lines()
                .map(line -> "  " + line).collect(Collectors.joining("\n")) + "\n";
        SourceFile file = SourceFile.of("t.lesson", text);
        Diagnostics diagnostics = new Diagnostics(file);
        LessonAst lesson = new Parser(new Lexer(file, diagnostics).tokens(), diagnostics).lesson();
        String tree = Trees.lesson(lesson);
        String body = tree.substring(tree.indexOf("  scene \"One\"\n") + "  scene \"One\"\n".length());
        return new Parsed(body.lines().map(line -> line.substring(4)).collect(Collectors.joining("\n")),
                diagnostics.sorted());
    }

    private static String tree(String scene) {
        Parsed parsed = parse(scene);
        assertEquals(List.of(), parsed.mistakes().stream().map(Diagnostic::message).toList());
        return parsed.tree();
    }

    @Test
    void theHeaderBecomesSettings() {
        SourceFile file = SourceFile.of("t.lesson", "lesson \"Trees\"\n  language: en\n  theme: chalkboard\n\nscene \"A\"\n  wait 1s\n");
        Diagnostics diagnostics = new Diagnostics(file);
        String tree = Trees.lesson(new Parser(new Lexer(file, diagnostics).tokens(), diagnostics).lesson());
        assertEquals("""
                lesson "Trees"
                  setting language = "en"
                  setting theme = "chalkboard"
                  scene "A"
                    (wait (over 1s))
                """, tree);
    }

    @Test
    void arithmeticBindsAsInMathematics() {
        assertEquals("(value a (+ 1 (* 2 (^ 3 2))))", tree("value a = 1 + 2 * 3 ^ 2"));
        assertEquals("(value b (- (- (* 2 pi) (- 1 2)) 3))", tree("value b = 2 pi - (1 - 2) - 3"));
        assertEquals("(value c (^ 2 (^ 3 2)))", tree("value c = 2^3^2"), "powers group from the right");
        assertEquals("(value d (- (^ 2 2)))", tree("value d = -2^2"), "-2² is -4, as on a calculator");
        assertEquals("(value e (/ (- (^ t 2)) 2))", tree("value e = -t^2 / 2"));
    }

    @Test
    void callsPairsAndMembers() {
        assertEquals("(value m (* (sin t) (max 1 t 2)))", tree("value m = sin(t) * max(1, t, 2)"));
        assertEquals("(point P (at (pair (cos t) (sin t))) (label \"P\") (color name:red))",
                tree("point P: at (cos(t), sin(t)), label \"P\", color red"));
        assertEquals("(line l (from P (pair P.x 0)) (dashed))", tree("line l: from P to (P.x, 0), dashed"));
    }

    @Test
    void clausesOfADefinitionAndOfAnAction() {
        assertEquals("(circle c (center (pair 0 0)) (radius 1))", tree("circle c: center (0, 0), radius 1"));
        assertEquals("(number n (t) (decimals 2) (at place:top-right))".replace("(t)", "( t)"),
                tree("number n: t, decimals 2, at top right"));
        assertEquals("(draw c l (over 2s))", tree("draw c, l over 2s"));
        assertEquals("(animate t (to (* 2 pi)) (over 6s) (ease name:in-out))",
                tree("animate t to 2 pi over 6s ease in-out"));
        assertEquals("(write [tex ( \"x^2\") (at place:top-right)])", tree("write tex \"x^2\" at top right"));
    }

    @Test
    void linesIndentedUnderSayAndTogetherBelongToThem() {
        assertEquals("""
                (say ( "Watch the point."))
                  (move P (to (pair 1 2)))
                (together)
                  (show P)
                  (fade out l)
                (wait (over 1s))""", tree("""
                say "Watch the point."
                  move P to (1, 2)
                together
                  show P
                  fade out l
                wait 1s
                """));
    }

    @Test
    void aBrokenLineIsMarkedAndTheNextLineIsReadAsUsual() {
        Parsed parsed = parse("""
                circle bad: center (0, 0 radius 1
                wait 2s
                """);
        assertEquals("(circle bad INCOMPLETE)\n(wait (over 2s))", parsed.tree());
        assertEquals(List.of("paren.close"), parsed.mistakes().stream().map(Diagnostic::code).toList());
        assertFalse(parsed.mistakes().get(0).message().isBlank());
    }
}
