package org.lessonstudio.dsl.parse;

import java.util.List;
import java.util.Set;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.lex.Token;
import org.lessonstudio.dsl.lex.TokenKind;
import org.lessonstudio.dsl.source.Span;

/**
 * Common slips at a word the parser cannot read as a clause, said in the teacher's terms with
 * how to write it: {@code size 8, 4} ({@code size 8 by 4}), {@code step 2, 1}
 * ({@code step 2 and 1}), {@code move c by 1, 2} ({@code by (1, 2)}), {@code move c (1, 2)}
 * ({@code to} or {@code by}), {@code in 3s} ({@code over 3s}), {@code top-right}
 * ({@code top right}). Anything else is left to the plain "I don't know the word" message.
 */
final class Slips {

    private static final Set<String> PLACE_WORDS = Set.of("top", "bottom", "left", "right", "center", "middle");

    private final List<Token> tokens;
    private final int at;
    private final Diagnostics diagnostics;

    Slips(List<Token> tokens, int at, Diagnostics diagnostics) {
        this.tokens = tokens;
        this.at = at;
        this.diagnostics = diagnostics;
    }

    /** Whether the word at the place is a known slip, which is then reported. */
    boolean explained() {
        Token here = token(at);
        Token before = token(at - 1);
        if (here.is(TokenKind.NUMBER) && before.is(TokenKind.COMMA) || here.is(TokenKind.NUMBER) && before.isWord("x")
                || here.is(TokenKind.MINUS) && before.is(TokenKind.COMMA)) {
            return secondNumber(here, before);
        }
        if (here.is(TokenKind.NUMBER) && before.isWord("in") && isTime(here)) {
            diagnostics.error(before.span().to(here.span()), "duration.in", written(here));
            return true;
        }
        if (here.is(TokenKind.MINUS) && before.is(TokenKind.WORD) && PLACE_WORDS.contains(before.text())
                && token(at + 1).is(TokenKind.WORD) && PLACE_WORDS.contains(token(at + 1).text())) {
            diagnostics.error(here.span(), "place.hyphen", before.text(), token(at + 1).text());
            return true;
        }
        if (here.is(TokenKind.LEFT_PAREN) && statementStart().isWord("move")) {
            int close = closing(at);
            if (close > at) {
                String point = text(here.span().to(token(close).span()));
                diagnostics.error(here.span().to(token(close).span()), "move.where", token(at - 1).text(), point);
                return true;
            }
        }
        return false;
    }

    /**
     * A second number after a comma (or after an {@code x}): {@code size 8, 4}, {@code step 2, 1},
     * {@code by 1, 2}. The clause's word is the last word before the first number.
     */
    private boolean secondNumber(Token here, Token before) {
        int first = at - 2;
        while (first >= 0 && (token(first).is(TokenKind.NUMBER) || token(first).is(TokenKind.MINUS)
                || token(first).is(TokenKind.DOT))) {
            first--;
        }
        Token clause = token(first);
        if (first + 1 > at - 2) {
            return false;
        }
        String one = text(token(first + 1).span().to(token(at - 2).span()));
        String two = here.is(TokenKind.MINUS) && token(at + 1).is(TokenKind.NUMBER)
                ? "-" + written(token(at + 1)) : written(here);
        Span span = before.span().to(here.is(TokenKind.MINUS) ? token(at + 1).span() : here.span());
        String code = clause.isWord("size") ? "size.by" : clause.isWord("step") ? "step.and"
                : clause.isWord("by") && !before.isWord("x") ? "move.by-pair" : null;
        if (code == null) {
            return false;
        }
        diagnostics.error(span, code, one, two);
        return true;
    }

    private static boolean isTime(Token number) {
        return Set.of("s", "ms", "sec").contains(number.unit());
    }

    private static String written(Token t) {
        return t.text() + t.unit();
    }

    private String text(Span span) {
        return diagnostics.file().text().substring(span.start(), span.end());
    }

    /** The first token of the statement the place is in. */
    private Token statementStart() {
        int i = at;
        while (i > 0 && !token(i - 1).is(TokenKind.NEWLINE) && !token(i - 1).is(TokenKind.INDENT)
                && !token(i - 1).is(TokenKind.DEDENT)) {
            i--;
        }
        return token(i);
    }

    /** The {@code )} closing the bracket at {@code open} on the same line, or -1. */
    private int closing(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(TokenKind.NEWLINE) || t.is(TokenKind.END)) {
                return -1;
            }
            depth += t.is(TokenKind.LEFT_PAREN) ? 1 : t.is(TokenKind.RIGHT_PAREN) ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private Token token(int i) {
        return tokens.get(Math.max(0, Math.min(i, tokens.size() - 1)));
    }
}
