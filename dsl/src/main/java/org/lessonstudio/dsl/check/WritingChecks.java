package org.lessonstudio.dsl.check;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Writing;
import org.lessonstudio.dsl.source.Span;

/**
 * Mistakes in writing that would otherwise pass silently: a box around a part a formula does not
 * have (it would box the whole formula), and a {@code $} that opens a formula never closed (it
 * would be printed as a dollar). Each is pointed at inside the quoted text.
 */
final class WritingChecks {

    private WritingChecks() {
    }

    static void check(List<Shape> shapes, Map<String, Shape> byName, Diagnostics diagnostics) {
        for (Shape shape : shapes) {
            if (shape instanceof Shape.Frame frame && frame.part() != null
                    && byName.get(frame.target()) instanceof Shape.Tex tex && !tex.tex().contains(frame.part())) {
                diagnostics.error(quoted(diagnostics, frame.span(), frame.part(), 0, frame.part().length()),
                        "box.part-missing", frame.part(), frame.target(), tex.tex());
            }
            if (shape instanceof Shape.Tex) {
                continue; // a formula is TeX throughout: its dollars are TeX's
            }
            for (String words : shape.writing()) {
                OptionalInt open = Writing.unclosed(words);
                if (open.isPresent()) {
                    diagnostics.warning(quoted(diagnostics, shape.span(), words, open.getAsInt(), 1),
                            "text.dollar-unclosed");
                }
                for (Writing.Piece piece : Writing.pieces(words)) {
                    if (piece.formula() && looksLikeMoney(piece.text())) {
                        diagnostics.warning(quoted(diagnostics, shape.span(), words, piece.offset() - 1, 1),
                                "text.dollar-money", piece.text().strip());
                    }
                }
            }
        }
    }

    /**
     * {@code "costs $5 and $\alpha"}: a "formula" that starts with an amount and holds a plain
     * word ({@code 5 and }) is a dollar sign meant as money, not the start of a formula.
     */
    private static boolean looksLikeMoney(String formula) {
        if (formula.isEmpty() || !Character.isDigit(formula.charAt(0))) {
            return false;
        }
        return java.util.regex.Pattern.compile("(?<![\\\\A-Za-z])[A-Za-z]{3,}").matcher(formula).find();
    }

    /**
     * Where characters {@code from} to {@code from + length} of a quoted text sit in the lesson: the
     * text is looked for, in quotes, inside the statement; the statement if it is not found.
     */
    private static Span quoted(Diagnostics diagnostics, Span statement, String text, int from, int length) {
        String source = diagnostics.file().text();
        int end = Math.min(source.length(), statement.end());
        int start = Math.min(statement.start(), end);
        int at = source.substring(start, end).indexOf("\"" + text + "\"");
        if (at < 0) {
            return statement;
        }
        int begin = start + at + 1 + from;
        return new Span(begin, begin + length);
    }
}
