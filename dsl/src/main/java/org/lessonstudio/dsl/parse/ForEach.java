package org.lessonstudio.dsl.parse;

import java.util.List;
import java.util.OptionalLong;
import org.lessonstudio.dsl.lex.Token;
import org.lessonstudio.dsl.lex.TokenKind;

/**
 * The line {@code together for each d[i] stagger 0.2s}: the list ({@code d}), the counter that
 * stands for each member's number ({@code i}) and what {@code together} is told besides
 * ({@code stagger 0.2s}). {@link Repeats} writes the lines under it out, once per member.
 *
 * @param options the tokens after {@code ]} up to the line's end, without a comma before them or
 *                a colon after them
 */
record ForEach(Token list, Token counter, List<Token> options) {

    /** Whether {@code together} at {@code at} is followed by {@code for each NAME[WORD]}. */
    static boolean startsAt(List<Token> tokens, int at) {
        return at + 6 < tokens.size() && tokens.get(at + 1).isWord("for") && tokens.get(at + 2).isWord("each")
                && tokens.get(at + 3).is(TokenKind.WORD) && tokens.get(at + 4).is(TokenKind.LEFT_BRACKET)
                && tokens.get(at + 5).is(TokenKind.WORD) && tokens.get(at + 6).is(TokenKind.RIGHT_BRACKET);
    }

    /** The line starting at {@code at} (which {@link #startsAt}) and ending at {@code lineEnd}. */
    static ForEach read(List<Token> tokens, int at, int lineEnd) {
        int from = at + 7;
        int to = lineEnd;
        if (from < to && tokens.get(from).is(TokenKind.COMMA)) {
            from++;
        }
        if (to > from && tokens.get(to - 1).is(TokenKind.COLON)) {
            to--;
        }
        return new ForEach(tokens.get(at + 3), tokens.get(at + 5), List.copyOf(tokens.subList(from, to)));
    }

    /** The number of a member's name ({@code d[3]} of the list {@code d} is 3), if it is one. */
    static OptionalLong index(String list, String member) {
        if (!member.startsWith(list + "[") || !member.endsWith("]")) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(member.substring(list.length() + 1, member.length() - 1)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** How many lines stand at the first level of a block's tokens. */
    static int statements(List<Token> body) {
        int depth = 0;
        int count = 0;
        for (Token t : body) {
            if (t.is(TokenKind.INDENT)) {
                depth++;
            } else if (t.is(TokenKind.DEDENT)) {
                depth--;
            } else if (t.is(TokenKind.NEWLINE) && depth == 0) {
                count++;
            }
        }
        return count;
    }
}
