package org.lessonstudio.dsl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.lex.Token;
import org.lessonstudio.dsl.source.Span;

/**
 * A repeat's counter inside quoted writing. In the lines under {@code repeat i from 1 to 5:},
 *
 * <ul>
 *   <li>{@code {i}} is replaced by the counter's number: {@code "P{i}"} is {@code "P3"} the third
 *       time round; in a formula the braces stay, so {@code "$d_{i}$"} is {@code "$d_{3}$"}, d
 *       with 3 below (TeX's braces group, so the formula is written as the teacher meant);</li>
 *   <li>{@code {i + 1}}, {@code {2 i}}, {@code {i / 2}}: braces holding only counters, numbers and
 *       {@code + - * / ( )} are worked out;</li>
 *   <li>{@code {{i}}} keeps the letter: it is written {@code {i}} (TeX reads both alike);</li>
 *   <li>any other braces are TeX's and stay as written. Braces that mix the counter with other
 *       letters ({@code $e^{i x}$}) are left alone with a warning, as is a counter written as a
 *       TeX subscript or power without braces ({@code $d_i$}): the teacher may have meant either.</li>
 * </ul>
 */
final class CounterText {

    private CounterText() {
    }

    /**
     * The quoted text with {@code counter} filled in as {@code k}; {@code counters} are every
     * repeat's counter in the lesson (braces holding only those wait for their own repeat). In a
     * formula ({@code tex}, or between dollars) the number keeps its braces: {@code d_{10}}.
     */
    static String fill(Token quoted, boolean tex, String counter, long k, Set<String> counters,
            Diagnostics diagnostics) {
        String text = quoted.text();
        if (text.indexOf(counter) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = text.indexOf("}}", i + 2);
                String inside = close < 0 ? null : text.substring(i + 2, close);
                if (inside != null && inside.indexOf('{') < 0 && inside.indexOf('}') < 0
                        && mentions(inside, counter) && onlyCounters(inside, counters)) {
                    out.append('{').append(inside).append('}');
                    i = close + 2;
                    continue;
                }
            }
            if (c == '{') {
                int close = text.indexOf('}', i + 1);
                String inside = close < 0 ? null : text.substring(i + 1, close);
                if (inside != null && inside.indexOf('{') < 0 && mentions(inside, counter)) {
                    if (onlyCounters(inside, counters)) {
                        String filled = replaceWord(inside, counter, "(" + k + ")");
                        String worked = workedOut(filled);
                        // In TeX the number keeps its braces, so d_{10} is d with 10 below.
                        boolean keep = worked == null || tex || insideDollars(text, i);
                        out.append(keep ? "{" + (worked != null ? worked : filled) + "}" : worked);
                        i = close + 1;
                        continue;
                    }
                    diagnostics.warning(part(quoted, i, close + 1), "repeat.text-mixed", counter, inside.strip());
                }
            }
            if ((c == '_' || c == '^') && i + 1 < text.length() && startsWord(text, i + 1, counter)
                    && insideDollars(text, i)) {
                diagnostics.warning(part(quoted, i, i + 1 + counter.length()), "repeat.text-bare", counter,
                        String.valueOf(c));
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Where characters {@code from} to {@code to} of the text sit in the lesson (after the quote). */
    private static Span part(Token quoted, int from, int to) {
        int start = quoted.span().start() + 1;
        int end = Math.min(quoted.span().end(), start + to);
        return new Span(Math.min(start + from, end), end);
    }

    private static boolean insideDollars(String text, int at) {
        int dollars = 0;
        for (int j = 0; j < at; j++) {
            if (text.charAt(j) == '$' && (j == 0 || text.charAt(j - 1) != '\\')) {
                dollars++;
            }
        }
        return dollars % 2 == 1;
    }

    private static boolean startsWord(String text, int at, String word) {
        if (!text.startsWith(word, at)) {
            return false;
        }
        int after = at + word.length();
        return after >= text.length() || !Character.isLetterOrDigit(text.charAt(after));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '\\') {
                int start = i++;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                words.add(text.substring(start, i));
            } else {
                i++;
            }
        }
        return words;
    }

    private static boolean mentions(String inside, String counter) {
        return words(inside).contains(counter);
    }

    /** Whether the braces hold only counters, numbers, spaces and + - * / ( ). */
    private static boolean onlyCounters(String inside, Set<String> counters) {
        for (String word : words(inside)) {
            if (!counters.contains(word)) {
                return false;
            }
        }
        for (char ch : inside.toCharArray()) {
            if (!(Character.isLetterOrDigit(ch) || ch == '_' || " +-*/().".indexOf(ch) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static String replaceWord(String text, String word, String by) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            boolean before = i == 0 || !(Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_');
            if (before && startsWord(text, i, word)) {
                out.append(by);
                i += word.length();
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The braces' sum worked out and written plainly ({@code 3}, {@code 0.5}), or null if it has letters left. */
    private static String workedOut(String expression) {
        Double v = new Sum(expression).value();
        if (v == null) {
            return null;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) (double) v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Numbers with + - * / and brackets; writing side by side multiplies ({@code 2(3)}). */
    private static final class Sum {
        private final String s;
        private int at;
        private int depth;

        Sum(String s) {
            this.s = s;
        }

        Double value() {
            Double v = sum();
            skip();
            return v == null || at != s.length() || v.isInfinite() || v.isNaN() ? null : v;
        }

        private void skip() {
            while (at < s.length() && s.charAt(at) == ' ') {
                at++;
            }
        }

        private Double sum() {
            Double v = product();
            while (v != null) {
                skip();
                if (at < s.length() && (s.charAt(at) == '+' || s.charAt(at) == '-')) {
                    boolean plus = s.charAt(at++) == '+';
                    Double w = product();
                    v = w == null ? null : plus ? v + w : v - w;
                } else {
                    break;
                }
            }
            return v;
        }

        private Double product() {
            Double v = sign();
            while (v != null) {
                skip();
                if (at < s.length() && (s.charAt(at) == '*' || s.charAt(at) == '/')) {
                    boolean times = s.charAt(at++) == '*';
                    Double w = sign();
                    v = w == null ? null : times ? v * w : v / w;
                } else if (at < s.length() && (s.charAt(at) == '(' || Character.isDigit(s.charAt(at)))) {
                    Double w = sign();
                    v = w == null ? null : v * w;
                } else {
                    break;
                }
            }
            return v;
        }

        private Double sign() {
            skip();
            if (at < s.length() && s.charAt(at) == '-') {
                at++;
                Double v = sign();
                return v == null ? null : -v;
            }
            return primary();
        }

        private Double primary() {
            skip();
            if (at >= s.length()) {
                return null;
            }
            if (s.charAt(at) == '(') {
                if (++depth > 32) {
                    return null;
                }
                at++;
                Double v = sum();
                skip();
                if (v == null || at >= s.length() || s.charAt(at) != ')') {
                    return null;
                }
                at++;
                return v;
            }
            int start = at;
            while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '.')) {
                at++;
            }
            if (start == at) {
                return null;
            }
            try {
                return Double.parseDouble(s.substring(start, at));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
