package org.lessonstudio.dsl.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.lex.Token;
import org.lessonstudio.dsl.lex.TokenKind;
import org.lessonstudio.dsl.source.Limits;
import org.lessonstudio.dsl.source.Span;

/**
 * Writes out every {@code repeat} before the parser reads the lesson, as a teacher would by hand:
 *
 * <pre>
 * repeat i from 1 to 5:
 *   point d[i]: at (i, sin(i))
 *   line drop[i]: from d[i] to (i, 0), dashed
 * draw d stagger 0.2s
 * </pre>
 *
 * <p>The lines under it are copied once for each whole number from the first to the last, with
 * the counter ({@code i}) standing for that number wherever it is written as a word. A name with
 * an index in brackets ({@code d[i]}, {@code d[i + 1]}, {@code d[2]}) becomes the name
 * {@code d[3]}; and the objects a repeat defines with an index are named together by their own
 * name ({@code d}), a group, so an action can act on them all ({@code draw d stagger 0.2s}).
 * Every copied word keeps the place it was written, so a mistake inside a repeat is shown once, at
 * its line.
 */
final class Repeats {

    private final Diagnostics diagnostics;
    /** Every repeat's counter in the lesson: braces in writing that hold only these are worked out. */
    private final java.util.Set<String> counters = new java.util.HashSet<>();
    /** Whether the lesson has already grown past its limit (reported once; nothing more is written). */
    private boolean full;
    /** The numbers each list made by a repeat so far was written for ({@code d} → 1, 2, 3, 4, 5). */
    private final Map<String, List<Long>> lists = new LinkedHashMap<>();

    private Repeats(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The tokens with every {@code repeat} written out and every index folded into its name. */
    static List<Token> expand(List<Token> tokens, Diagnostics diagnostics) {
        boolean any = tokens.stream().anyMatch(t -> t.isWord("repeat") || t.isWord("each")
                || t.is(TokenKind.LEFT_BRACKET));
        if (!any) {
            return tokens;
        }
        Repeats repeats = new Repeats(diagnostics);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord("repeat") && startsStatement(tokens, i) && tokens.get(i + 1).is(TokenKind.WORD)) {
                repeats.counters.add(tokens.get(i + 1).text());
            }
            // together for each d[i]: its counter stands in the body's writing too
            if (tokens.get(i).isWord("each") && i + 4 < tokens.size() && tokens.get(i + 2).is(TokenKind.LEFT_BRACKET)
                    && tokens.get(i + 3).is(TokenKind.WORD)) {
                repeats.counters.add(tokens.get(i + 3).text());
            }
        }
        List<Token> out = new ArrayList<>(tokens.size());
        repeats.write(tokens, out, 0);
        return repeats.folded(out);
    }

    /**
     * Copies the tokens to {@code out}, writing out each repeat among them (and those inside its
     * lines, {@code depth} repeats deep) as it goes, so nothing is copied twice.
     */
    private void write(List<Token> tokens, List<Token> out, int depth) {
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.isWord("together") && startsStatement(tokens, i) && ForEach.startsAt(tokens, i)) {
                int lineEnd = lineEnd(tokens, i);
                int blockEnd = blockEnd(tokens, lineEnd);
                if (depth >= Limits.BLOCK_DEPTH) {
                    diagnostics.error(t.span(), "block.too-deep", Limits.BLOCK_DEPTH);
                } else if (!full) {
                    forEach(tokens, i, lineEnd, blockEnd, out, depth);
                }
                i = blockEnd;
                continue;
            }
            if (!(t.isWord("repeat") && startsStatement(tokens, i))) {
                out.add(t);
                i++;
                continue;
            }
            int lineEnd = lineEnd(tokens, i);
            int blockEnd = blockEnd(tokens, lineEnd);
            if (depth >= Limits.BLOCK_DEPTH) {
                diagnostics.error(t.span(), "block.too-deep", Limits.BLOCK_DEPTH);
            } else if (!full) {
                writeOut(tokens, i, lineEnd, blockEnd, out, depth);
            }
            i = blockEnd;
        }
    }

    private static boolean startsStatement(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        TokenKind before = tokens.get(i - 1).kind();
        return before == TokenKind.NEWLINE || before == TokenKind.INDENT || before == TokenKind.DEDENT;
    }

    /** Writes the repeat at {@code at} out (or, after reporting a mistake in it, leaves it out). */
    private void writeOut(List<Token> tokens, int at, int lineEnd, int blockEnd, List<Token> out, int depth) {
        Token keyword = tokens.get(at);
        int i = at + 1;
        Token counter = tokens.get(i);
        if (!counter.is(TokenKind.WORD) || i + 1 >= lineEnd || !tokens.get(i + 1).isWord("from")) {
            Token found = counter.is(TokenKind.WORD) ? tokens.get(Math.min(i + 1, lineEnd)) : counter;
            diagnostics.error(found.span(), "repeat.form", found.describe());
            return;
        }
        int to = i + 2;
        while (to < lineEnd && !tokens.get(to).isWord("to")) {
            to++;
        }
        int colon = to;
        while (colon < lineEnd && !tokens.get(colon).is(TokenKind.COLON)) {
            colon++;
        }
        if (to < lineEnd - 1 && colon >= lineEnd && lineEnd < tokens.size() - 1
                && tokens.get(lineEnd + 1).is(TokenKind.INDENT)) {
            // `repeat i from 1 to 3` with its lines under it: only the colon is missing; say so,
            // and write the lines out all the same, so nothing after it is reported twice.
            Token last = tokens.get(lineEnd - 1);
            diagnostics.error(Span.at(last.span().end()), "repeat.colon", counter.text(),
                    source(tokens.subList(i + 2, to)), source(tokens.subList(to + 1, lineEnd)));
        } else if (to >= lineEnd || colon >= lineEnd || colon != lineEnd - 1) {
            Token where = colon < lineEnd - 1 ? tokens.get(colon + 1) : tokens.get(lineEnd);
            diagnostics.error(where.span(), "repeat.form", where.describe());
            return;
        }
        OptionalLong first = bound(tokens.subList(i + 2, to), tokens.get(to).span());
        OptionalLong last = bound(tokens.subList(to + 1, colon), tokens.get(colon).span());
        if (first.isEmpty() || last.isEmpty()) {
            return;
        }
        Span header = keyword.span().to(tokens.get(colon).span());
        long times = last.getAsLong() - first.getAsLong() + 1;
        if (times < 1) {
            diagnostics.error(header, "repeat.backwards", first.getAsLong(), last.getAsLong());
            return;
        }
        if (times > Limits.REPEAT_TIMES) {
            diagnostics.error(header, "repeat.too-many", times, Limits.REPEAT_TIMES);
            return;
        }
        // COLON NEWLINE INDENT … DEDENT
        boolean block = lineEnd + 1 < tokens.size() && tokens.get(lineEnd).is(TokenKind.NEWLINE)
                && tokens.get(lineEnd + 1).is(TokenKind.INDENT) && blockEnd - 1 > lineEnd + 1;
        if (!block) {
            diagnostics.error(counter.span(), "repeat.empty", counter.text());
            return;
        }
        int bodyEnd = tokens.get(blockEnd - 1).is(TokenKind.DEDENT) ? blockEnd - 1 : blockEnd;
        List<Token> body = tokens.subList(lineEnd + 2, bodyEnd);
        diagnostics.repeated(body.get(0).span().to(body.get(body.size() - 1).span()));
        Map<String, List<Token>> groups = new LinkedHashMap<>();
        for (long k = first.getAsLong(); k <= last.getAsLong(); k++) {
            if (full || out.size() + body.size() > Limits.REPEATED_TOKENS) {
                if (!full) {
                    diagnostics.error(header, "repeat.too-long", Limits.REPEATED_TOKENS);
                }
                full = true;
                return;
            }
            List<Token> copy = substituted(body, counter.text(), k);
            collectIndexed(copy, groups);
            write(copy, out, depth + 1);
        }
        for (Map.Entry<String, List<Token>> group : groups.entrySet()) {
            out.addAll(groupLine(group.getKey(), group.getValue()));
            List<Long> numbers = lists.computeIfAbsent(group.getKey(), k -> new ArrayList<>());
            for (Token member : group.getValue()) {
                ForEach.index(group.getKey(), member.text()).ifPresent(numbers::add);
            }
        }
    }

    /**
     * {@code together for each d[i] stagger 0.2s} and the lines under it: those lines written out
     * once for each member of the list {@code d} a repeat made, with {@code i} standing for its
     * number, under one {@code together} (so with its {@code stagger}, each member's lines start
     * that much after the one before; several lines for one member start together).
     */
    private void forEach(List<Token> tokens, int at, int lineEnd, int blockEnd, List<Token> out, int depth) {
        ForEach head = ForEach.read(tokens, at, lineEnd);
        List<Long> numbers = lists.get(head.list().text());
        if (numbers == null || numbers.isEmpty()) {
            diagnostics.error(head.list().span(), "foreach.unknown-list", head.list().text());
            return;
        }
        boolean block = lineEnd + 1 < tokens.size() && tokens.get(lineEnd).is(TokenKind.NEWLINE)
                && tokens.get(lineEnd + 1).is(TokenKind.INDENT) && blockEnd - 1 > lineEnd + 1;
        if (!block) {
            diagnostics.error(head.list().span(), "foreach.empty", head.list().text(), head.counter().text());
            return;
        }
        int bodyEnd = tokens.get(blockEnd - 1).is(TokenKind.DEDENT) ? blockEnd - 1 : blockEnd;
        List<Token> body = tokens.subList(lineEnd + 2, bodyEnd);
        diagnostics.repeated(body.get(0).span().to(body.get(body.size() - 1).span()));
        boolean severalLines = ForEach.statements(body) > 1;
        out.add(tokens.get(at));
        out.addAll(head.options());
        out.add(tokens.get(lineEnd));
        out.add(tokens.get(lineEnd + 1));
        for (long k : numbers) {
            if (out.size() + body.size() > Limits.REPEATED_TOKENS) {
                diagnostics.error(head.list().span(), "repeat.too-long", Limits.REPEATED_TOKENS);
                full = true;
                return;
            }
            List<Token> copy = substituted(body, head.counter().text(), k);
            if (severalLines) {
                Span where = tokens.get(at).span();
                out.add(tokens.get(at));
                out.add(new Token(TokenKind.NEWLINE, "", "", where));
                out.add(new Token(TokenKind.INDENT, "", "", where));
                write(copy, out, depth + 1);
                out.add(new Token(TokenKind.DEDENT, "", "", where));
            } else {
                write(copy, out, depth + 1);
            }
        }
        Token last = tokens.get(blockEnd - 1);
        out.add(last.is(TokenKind.DEDENT) ? last : new Token(TokenKind.DEDENT, "", "", last.span()));
    }

    /** The words and numbers as written, from the first to the last. */
    private String source(List<Token> written) {
        if (written.isEmpty()) {
            return "";
        }
        Span span = written.get(0).span().to(written.get(written.size() - 1).span());
        return diagnostics.file().text().substring(span.start(), span.end());
    }

    /** The index of the NEWLINE (or END) that ends the line starting at {@code from}. */
    private static int lineEnd(List<Token> tokens, int from) {
        int i = from;
        while (i < tokens.size() - 1 && !tokens.get(i).is(TokenKind.NEWLINE)) {
            i++;
        }
        return i;
    }

    /** Just past the block under the line ending at {@code newline}, or just past the line. */
    private static int blockEnd(List<Token> tokens, int newline) {
        int i = newline + 1;
        if (i >= tokens.size() || !tokens.get(i).is(TokenKind.INDENT)) {
            return Math.min(i, tokens.size() - 1);
        }
        int depth = 0;
        for (; i < tokens.size(); i++) {
            if (tokens.get(i).is(TokenKind.INDENT)) {
                depth++;
            } else if (tokens.get(i).is(TokenKind.DEDENT)) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (tokens.get(i).is(TokenKind.END)) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** A bound of the counter: a whole number, worked out from numbers and + - * / ( ). */
    private OptionalLong bound(List<Token> written, Span where) {
        if (written.isEmpty()) {
            diagnostics.error(where, "repeat.bound", "nothing");
            return OptionalLong.empty();
        }
        Span span = written.get(0).span().to(written.get(written.size() - 1).span());
        for (Token t : written) {
            if (t.is(TokenKind.WORD)) {
                diagnostics.error(t.span(), "repeat.bound", t.describe());
                return OptionalLong.empty();
            }
        }
        OptionalLong value = new Arithmetic(written).whole();
        if (value.isEmpty()) {
            diagnostics.error(span, "repeat.bound-whole");
        }
        return value;
    }

    /**
     * The body with the counter, wherever it stands as a word (not as a part after a dot), a
     * number in brackets, so {@code 2 i} is {@code 2 (3)}, a product, as written; and in quoted
     * writing wherever it stands in braces ({@code "P{i}"}, see {@link CounterText}).
     */
    private List<Token> substituted(List<Token> body, String counter, long k) {
        List<Token> copy = new ArrayList<>(body.size());
        for (int j = 0; j < body.size(); j++) {
            Token t = body.get(j);
            boolean part = j > 0 && body.get(j - 1).is(TokenKind.DOT);
            if (t.isWord(counter) && !part) {
                copy.add(new Token(TokenKind.LEFT_PAREN, "(", "", t.span()));
                copy.add(new Token(TokenKind.NUMBER, Long.toString(k), "", t.span()));
                copy.add(new Token(TokenKind.RIGHT_PAREN, ")", "", t.span()));
            } else if (t.is(TokenKind.STRING)) {
                copy.add(new Token(TokenKind.STRING, CounterText.fill(t, isTex(body, j), counter, k, counters,
                        diagnostics), t.unit(), t.span()));
            } else {
                copy.add(t);
            }
        }
        return copy;
    }

    /**
     * Whether the quoted text at {@code j} is TeX throughout: a formula ({@code tex f: "…"},
     * {@code write tex "…"}) or a part of one ({@code around "…" in f}, {@code color "…" teal}).
     */
    private static boolean isTex(List<Token> body, int j) {
        Token before = j > 0 ? body.get(j - 1) : null;
        if (before == null) {
            return false;
        }
        if (before.isWord("tex") || before.isWord("around") || before.isWord("color")) {
            return true;
        }
        // tex f: "…" (the name may be indexed: tex f[i]: "…")
        for (int back = j - 1; back >= 0 && back >= j - 8; back--) {
            Token t = body.get(back);
            if (t.is(TokenKind.NEWLINE) || t.is(TokenKind.INDENT) || t.is(TokenKind.DEDENT)) {
                return false;
            }
            if (t.isWord("tex") && (back == 0 || startsStatement(body, back))) {
                return before.is(TokenKind.COLON);
            }
        }
        return false;
    }

    /**
     * The indexed names this copy defines at its own level ({@code point d[3]: …}), by the name
     * without its index, so the repeat can name them all together.
     */
    private static void collectIndexed(List<Token> copy, Map<String, List<Token>> groups) {
        int depth = 0;
        for (int j = 0; j < copy.size(); j++) {
            Token t = copy.get(j);
            depth += t.is(TokenKind.INDENT) ? 1 : t.is(TokenKind.DEDENT) ? -1 : 0;
            if (depth != 0 || !(j == 0 || startsStatement(copy, j)) || !t.is(TokenKind.WORD)) {
                continue;
            }
            // KIND [KIND] NAME[index]:
            for (int n = j + 1; n <= j + 2 && n + 1 < copy.size(); n++) {
                Token name = copy.get(n);
                if (name.is(TokenKind.WORD) && adjacentBracket(copy, n)) {
                    int close = closing(copy, n + 1);
                    if (close > 0 && close + 1 < copy.size() && copy.get(close + 1).is(TokenKind.COLON)
                            && !copy.get(j).isWord("group")) {
                        Token folded = fold(copy, n, close);
                        if (folded != null) {
                            groups.computeIfAbsent(name.text(), x -> new ArrayList<>()).add(folded);
                        }
                    }
                    break;
                }
            }
        }
    }

    /** {@code group d: d[1], d[2], …}, written where the repeat's first name was. */
    private static List<Token> groupLine(String name, List<Token> members) {
        Span where = members.get(0).span();
        List<Token> line = new ArrayList<>();
        line.add(new Token(TokenKind.WORD, "group", "", where));
        line.add(new Token(TokenKind.WORD, name, "", where));
        line.add(new Token(TokenKind.COLON, ":", "", where));
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                line.add(new Token(TokenKind.COMMA, ",", "", where));
            }
            line.add(new Token(TokenKind.WORD, members.get(i).text(), "", members.get(i).span()));
        }
        line.add(new Token(TokenKind.NEWLINE, "", "", where));
        return line;
    }

    private static boolean adjacentBracket(List<Token> tokens, int word) {
        return word + 1 < tokens.size() && tokens.get(word + 1).is(TokenKind.LEFT_BRACKET)
                && tokens.get(word + 1).span().start() == tokens.get(word).span().end();
    }

    /** The index of the {@code ]} closing the {@code [} at {@code open}, or -1. */
    private static int closing(List<Token> tokens, int open) {
        for (int i = open + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(TokenKind.RIGHT_BRACKET)) {
                return i;
            }
            if (t.is(TokenKind.NEWLINE) || t.is(TokenKind.LEFT_BRACKET)) {
                return -1;
            }
        }
        return -1;
    }

    /** {@code d [ 2 + 1 ]} as the one word {@code d[3]}, or null if the index is not a whole number. */
    private static Token fold(List<Token> tokens, int word, int close) {
        List<Token> inside = tokens.subList(word + 2, close);
        if (inside.isEmpty() || inside.stream().anyMatch(t -> t.is(TokenKind.WORD))) {
            return null;
        }
        OptionalLong index = new Arithmetic(inside).whole();
        if (index.isEmpty()) {
            return null;
        }
        Token name = tokens.get(word);
        return new Token(TokenKind.WORD, name.text() + "[" + index.getAsLong() + "]", "",
                name.span().to(tokens.get(close).span()));
    }

    /** Every {@code name[index]} folded into one word; an index that cannot be worked out is reported. */
    private List<Token> folded(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // Folded names can be indexed again: p[1][2].
            Token last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (t.is(TokenKind.LEFT_BRACKET) && last != null && last.is(TokenKind.WORD)
                    && last.span().end() == t.span().start()) {
                int close = closing(tokens, i);
                if (close < 0) {
                    out.add(t);
                    continue;
                }
                List<Token> inside = tokens.subList(i + 1, close);
                Token word = inside.stream().filter(x -> x.is(TokenKind.WORD)).findFirst().orElse(null);
                OptionalLong index = word != null || inside.isEmpty() ? OptionalLong.empty()
                        : new Arithmetic(inside).whole();
                if (word != null) {
                    diagnostics.error(word.span(), "repeat.index-name", word.text(), last.text());
                } else if (index.isEmpty()) {
                    diagnostics.error(t.span().to(tokens.get(close).span()), "repeat.index-whole", last.text());
                }
                // After a mistake the name stands without its index (all of them), so no second
                // message follows about a name nobody wrote.
                String name = index.isPresent() ? last.text() + "[" + index.getAsLong() + "]" : last.text();
                out.set(out.size() - 1, new Token(TokenKind.WORD, name, "", last.span().to(tokens.get(close).span())));
                i = close;
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** Whole-number arithmetic on written numbers: + - * / and brackets, nothing deeper than 32 levels. */
    private static final class Arithmetic {
        private final List<Token> tokens;
        private int at;
        private int depth;

        Arithmetic(List<Token> tokens) {
            this.tokens = tokens;
        }

        OptionalLong whole() {
            Double v = sum();
            if (v == null || at != tokens.size() || v != Math.rint(v) || Math.abs(v) > 1e12) {
                return OptionalLong.empty();
            }
            return OptionalLong.of((long) (double) v);
        }

        private Double sum() {
            Double v = product();
            while (v != null && at < tokens.size()
                    && (tokens.get(at).is(TokenKind.PLUS) || tokens.get(at).is(TokenKind.MINUS))) {
                boolean plus = tokens.get(at++).is(TokenKind.PLUS);
                Double w = product();
                v = w == null ? null : plus ? v + w : v - w;
            }
            return v;
        }

        private Double product() {
            Double v = sign();
            while (v != null && at < tokens.size()
                    && (tokens.get(at).is(TokenKind.TIMES) || tokens.get(at).is(TokenKind.DIVIDE))) {
                boolean times = tokens.get(at++).is(TokenKind.TIMES);
                Double w = sign();
                v = w == null || !times && w == 0 ? null : times ? v * w : v / w;
            }
            return v;
        }

        private Double sign() {
            boolean negative = false;
            while (at < tokens.size() && tokens.get(at).is(TokenKind.MINUS)) {
                at++;
                negative = !negative;
            }
            Double v = primary();
            return v == null ? null : negative ? -v : v;
        }

        private Double primary() {
            if (at >= tokens.size() || ++depth > 32) {
                return null;
            }
            try {
                Token t = tokens.get(at++);
                if (t.is(TokenKind.NUMBER) && t.unit().isEmpty()) {
                    return t.number();
                }
                if (t.is(TokenKind.LEFT_PAREN)) {
                    Double v = sum();
                    return at < tokens.size() && tokens.get(at++).is(TokenKind.RIGHT_PAREN) ? v : null;
                }
                return null;
            } finally {
                depth--;
            }
        }
    }
}
