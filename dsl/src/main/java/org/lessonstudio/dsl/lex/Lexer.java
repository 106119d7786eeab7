package org.lessonstudio.dsl.lex;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.source.Limits;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.dsl.source.Span;

/**
 * Turns lesson text into tokens in one plain loop. Structure comes from indentation, as in lesson
 * notes: the lexer emits {@link TokenKind#INDENT} and {@link TokenKind#DEDENT} when a line is
 * indented more or less than the one before, and {@link TokenKind#NEWLINE} at the end of each
 * line that holds something. Blank lines and {@code #} comments are skipped. A line ends at a line
 * feed, a carriage return, or both together, so lessons saved on any system read alike.
 */
public final class Lexer {

    private final SourceFile file;
    private final String src;
    private final Diagnostics diagnostics;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private int start;
    private int current;

    public Lexer(SourceFile file, Diagnostics diagnostics) {
        this.file = file;
        this.src = file.text();
        this.diagnostics = diagnostics;
        indents.push(0);
    }

    public List<Token> tokens() {
        while (current < src.length()) {
            line();
        }
        while (indents.peek() > 0) {
            indents.pop();
            emit(TokenKind.DEDENT, "", Span.at(src.length()));
        }
        emit(TokenKind.END, "", Span.at(src.length()));
        return List.copyOf(tokens);
    }

    /** One physical line: its indentation, then its tokens, then NEWLINE if it held any. */
    private void line() {
        int lineStart = current;
        int width = 0;
        boolean tabReported = false;
        while (current < src.length() && (peek() == ' ' || peek() == '\t')) {
            if (peek() == '\t' && !tabReported) {
                diagnostics.error(new Span(current, current + 1), "indent.tab");
                tabReported = true;
            }
            width += peek() == '\t' ? 4 : 1;
            current++;
        }
        if (current >= src.length() || peek() == '\n' || peek() == '\r' || peek() == '#') {
            skipToNextLine();
            return;
        }
        indentTo(width, new Span(lineStart, current));
        while (current < src.length() && peek() != '\n' && peek() != '\r') {
            start = current;
            token();
        }
        emit(TokenKind.NEWLINE, "", Span.at(current));
        skipToNextLine();
    }

    private void indentTo(int width, Span where) {
        if (width > indents.peek()) {
            indents.push(width);
            emit(TokenKind.INDENT, "", where);
            return;
        }
        while (width < indents.peek()) {
            int level = indents.pop();
            if (width > indents.peek()) {
                // Between two levels: keep the line in the nearer block, so one mistake gives one message.
                indents.push(level);
                diagnostics.error(where, "indent.inconsistent", width, level);
                return;
            }
            emit(TokenKind.DEDENT, "", Span.at(where.end()));
        }
    }

    private void token() {
        char c = advance();
        switch (c) {
            case ' ', '\t' -> { }
            case '#' -> {
                if (colourAfterHash()) {
                    return;
                }
                while (current < src.length() && peek() != '\n' && peek() != '\r') {
                    current++;
                }
            }
            case ':' -> emit(TokenKind.COLON);
            case ',' -> emit(TokenKind.COMMA);
            case '.' -> {
                if (isDigit(peek())) {
                    number(true);
                } else {
                    emit(TokenKind.DOT);
                }
            }
            case '(' -> emit(TokenKind.LEFT_PAREN);
            case ')' -> emit(TokenKind.RIGHT_PAREN);
            case '[' -> emit(TokenKind.LEFT_BRACKET);
            case ']' -> emit(TokenKind.RIGHT_BRACKET);
            case '+' -> emit(TokenKind.PLUS);
            case '-', '\u2212' -> emit(TokenKind.MINUS);
            case '*', '\u00D7', '\u00B7', '\u22C5' -> emit(TokenKind.TIMES);
            case '/', '\u00F7' -> emit(TokenKind.DIVIDE);
            case '^' -> emit(TokenKind.POWER);
            case '=' -> emit(TokenKind.EQUALS);
            case '"', '\u201C' -> string(c == '"' ? '"' : '\u201D');
            default -> {
                if (isDigit(c)) {
                    number(false);
                } else if (Character.isLetter(c) || c == '_') {
                    word();
                } else {
                    int cp = src.codePointAt(start);
                    current = start + Character.charCount(cp);
                    if (isControl(cp)) {
                        diagnostics.error(new Span(start, current), "text.control", codePoint(cp));
                    } else {
                        diagnostics.error(new Span(start, current), "char.unknown", new String(Character.toChars(cp)));
                    }
                }
            }
        }
    }

    /**
     * {@code color #FF0000} or {@code background: #ECE7E2}: a hex colour written without quotes,
     * right after a word or a colon, would be read as a comment and the line left short of its
     * colour. It is reported, and read as the quoted colour it was meant to be, so nothing else on
     * the line is reported because of it.
     */
    private boolean colourAfterHash() {
        Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        if (last == null || !(last.is(TokenKind.WORD) || last.is(TokenKind.COLON))) {
            return false;
        }
        int end = current;
        while (end < src.length() && Character.digit(src.charAt(end), 16) >= 0) {
            end++;
        }
        int digits = end - current;
        boolean alone = end >= src.length() || !Character.isLetterOrDigit(src.charAt(end)) && src.charAt(end) != '_';
        if (!(digits == 3 || digits == 6 || digits == 8) || !alone) {
            return false;
        }
        String hex = src.substring(current, end);
        current = end;
        diagnostics.error(new Span(start, end), "colour.hash", hex);
        emit(TokenKind.STRING, "#" + hex, new Span(start, end));
        return true;
    }

    /** @param fraction whether the number started with its point ({@code .5}), so has no second one */
    private void number(boolean fraction) {
        while (isDigit(peek())) {
            current++;
        }
        if (!fraction && peek() == '.' && isDigit(peekNext())) {
            current++;
            while (isDigit(peek())) {
                current++;
            }
        }
        String digits = src.substring(start, current);
        if (peek() == 'x' && isDigit(peekNext()) && !digits.contains(".")) {
            current++;
            while (isDigit(peek())) {
                current++;
            }
            emit(TokenKind.SIZE, src.substring(start, current), new Span(start, current));
            return;
        }
        int unitStart = current;
        if (peek() == '\u00B0') {
            current++;
        } else {
            while (Character.isLetter(peek())) {
                current++;
            }
        }
        String unit = src.substring(unitStart, current);
        tokens.add(new Token(TokenKind.NUMBER, digits, unit.equals("\u00B0") ? "deg" : unit,
                new Span(start, current)));
    }

    private void word() {
        while (Character.isLetterOrDigit(peek()) || peek() == '_') {
            current++;
        }
        int length = src.codePointCount(start, current);
        if (length > Limits.NAME_CHARACTERS) {
            diagnostics.error(new Span(start, current), "name.too-long", length, Limits.NAME_CHARACTERS);
        }
        emit(TokenKind.WORD, src.substring(start, current), new Span(start, current));
    }

    /** Quoted text. Backslashes stay as written (TeX needs them); only {@code \"} is an escape. */
    private void string(char close) {
        StringBuilder text = new StringBuilder();
        boolean controlReported = false;
        while (current < src.length() && peek() != close && peek() != '\n' && peek() != '\r') {
            if (peek() == '\\' && peekNext() == '"') {
                current++;
            }
            if (isControl(peek()) && !controlReported) {
                diagnostics.error(new Span(current, current + 1), "text.control", codePoint(peek()));
                controlReported = true;
            }
            text.append(advance());
        }
        if (current >= src.length() || peek() != close) {
            diagnostics.error(new Span(start, current), "string.unterminated");
        } else {
            current++;
        }
        emit(TokenKind.STRING, text.toString(), new Span(start, current));
    }

    /**
     * Characters that are neither drawn nor spoken (NUL, escape, bell, the C1 controls), which
     * only come into a lesson by accident. A tab is not one of them: in text it is a space.
     */
    private static boolean isControl(int c) {
        return c != '\t' && Character.getType(c) == Character.CONTROL;
    }

    /**
     * Only 0 to 9 make numbers: other scripts' digits (\u0663, fullwidth \uFF13) are letters to
     * Java's number reading, and would pass the lexer only to fail as a number later.
     */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String codePoint(int c) {
        return String.format(java.util.Locale.ROOT, "U+%04X", c);
    }

    /** Past the end of this line: a line feed, a carriage return, or both (CR LF). */
    private void skipToNextLine() {
        while (current < src.length() && peek() != '\n' && peek() != '\r') {
            current++;
        }
        if (current < src.length() && peek() == '\r') {
            current++;
        }
        if (current < src.length() && peek() == '\n') {
            current++;
        }
    }

    private char advance() {
        return src.charAt(current++);
    }

    private char peek() {
        return current < src.length() ? src.charAt(current) : '\0';
    }

    private char peekNext() {
        return current + 1 < src.length() ? src.charAt(current + 1) : '\0';
    }

    private void emit(TokenKind kind) {
        emit(kind, src.substring(start, current), new Span(start, current));
    }

    private void emit(TokenKind kind, String text, Span span) {
        tokens.add(new Token(kind, text, "", span));
    }

    /** For messages that need the file the tokens came from. */
    public SourceFile file() {
        return file;
    }
}
