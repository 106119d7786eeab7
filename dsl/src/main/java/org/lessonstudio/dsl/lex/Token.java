package org.lessonstudio.dsl.lex;

import org.lessonstudio.dsl.source.Span;

/**
 * One token with its exact place in the text.
 *
 * @param text  the word, the string's contents (quotes removed), or the number as written
 * @param unit  for a number, letters written right after it ({@code 6s}, {@code 90deg}); else ""
 */
public record Token(TokenKind kind, String text, String unit, Span span) {

    public boolean is(TokenKind k) {
        return kind == k;
    }

    public boolean isWord(String word) {
        return kind == TokenKind.WORD && text.equals(word);
    }

    public double number() {
        return Double.parseDouble(text);
    }

    /** How this token is quoted in a message. */
    public String describe() {
        return switch (kind) {
            case WORD -> "`" + text + "`";
            case NUMBER -> "`" + text + unit + "`";
            case STRING -> "\"" + text + "\"";
            case SIZE -> "`" + text + "`";
            default -> kind.description();
        };
    }
}
