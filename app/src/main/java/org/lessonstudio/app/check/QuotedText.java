package org.lessonstudio.app.check;

import java.util.ArrayList;
import java.util.List;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.dsl.source.Span;

/**
 * The quoted texts written inside a statement, with where each character of a text sits in the
 * lesson, so a mistake inside a file name or a formula can be pointed at exactly. Quoting is the
 * lexer's: only {@code \"} is an escape, every other backslash stays as written.
 */
final class QuotedText {

    /** One quoted text: its content, and the offset in the lesson of each of its characters. */
    record Literal(String content, int[] offsets, Span span) {

        /** The span in the lesson of {@code length} characters from {@code start} of the content. */
        Span part(int start, int length) {
            if (offsets.length == 0) {
                return span;
            }
            int from = offsets[Math.min(Math.max(0, start), offsets.length - 1)];
            int lastIndex = Math.min(offsets.length - 1, Math.max(start, start + Math.max(1, length) - 1));
            return new Span(from, offsets[lastIndex] + 1);
        }
    }

    private QuotedText() {
    }

    static List<Literal> in(SourceFile file, Span statement) {
        String text = file.text();
        List<Literal> found = new ArrayList<>();
        int end = Math.min(statement.end(), text.length());
        int i = statement.start();
        while (i < end) {
            if (text.charAt(i) == '#') {
                while (i < end && text.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (text.charAt(i) != '"') {
                i++;
                continue;
            }
            int open = i++;
            StringBuilder content = new StringBuilder();
            List<Integer> offsets = new ArrayList<>();
            while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                if (text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                }
                content.append(text.charAt(i));
                offsets.add(i);
                i++;
            }
            int close = Math.min(i + 1, text.length());
            found.add(new Literal(content.toString(), offsets.stream().mapToInt(Integer::intValue).toArray(),
                    new Span(open, close)));
            i = close;
        }
        return found;
    }

    /** The quoted text in a statement that names {@code content}, or the first one, or the statement. */
    static Literal naming(SourceFile file, Span statement, String content) {
        List<Literal> all = in(file, statement);
        for (Literal literal : all) {
            if (literal.content().equals(content)) {
                return literal;
            }
        }
        for (Literal literal : all) {
            if (!content.isEmpty() && literal.content().replace('\\', '/').endsWith(content)) {
                return literal;
            }
        }
        return all.isEmpty() ? new Literal(content, new int[0], statement) : all.get(0);
    }
}
