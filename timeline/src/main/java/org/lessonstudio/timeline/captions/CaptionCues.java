package org.lessonstudio.timeline.captions;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence as caption cues, the same for the captions drawn into the picture, the caption
 * files and the MP4's text track: split into sentences by Unicode's rules (ICU: {@code 3.14159},
 * {@code example.com}, {@code v1.2.3} and {@code 00:00:01.000} are not sentence ends), a sentence
 * too long for one cue split at its clauses, each cue at most two lines of at most
 * {@value #COLUMNS} columns ({@link DisplayWidth}: a Chinese character is two), lines broken only
 * where {@link LineBreaks} allows, with no space at either end, and two lines balanced. Each cue
 * has time in proportion to its width; one that would be on screen for less than a second is
 * joined to a neighbour where the two still fit.
 */
public final class CaptionCues {

    /** One caption on screen: its lines, from {@code start} to {@code end} seconds. */
    public record Cue(double start, double end, List<String> lines) {
        public Cue {
            lines = List.copyOf(lines);
        }

        public String text() {
            return String.join("\n", lines);
        }
    }

    public static final int COLUMNS = 42;
    public static final int LINES = 2;
    /** The shortest time a cue is on screen, where it can be joined to a neighbour. */
    public static final double SHORTEST = 1.0;

    private CaptionCues() {
    }

    /** The cues of a sentence spoken from {@code start} to {@code end}, in the lesson's language. */
    public static List<Cue> of(String sentence, String language, double start, double end) {
        List<List<String>> blocks = blocks(sentence, language, (end - start) / Math.max(1, DisplayWidth.of(sentence)));
        int total = blocks.stream().mapToInt(CaptionCues::width).sum();
        List<Cue> cues = new ArrayList<>();
        double at = start;
        for (List<String> block : blocks) {
            double length = (end - start) * width(block) / Math.max(1, total);
            cues.add(new Cue(at, at + length, block));
            at += length;
        }
        return cues;
    }

    /** The sentence's text in cues of at most two lines, without their times. */
    public static List<List<String>> blocks(String sentence, String language) {
        return blocks(sentence, language, Double.MAX_VALUE);
    }

    private static List<List<String>> blocks(String sentence, String language, double secondsPerColumn) {
        ULocale locale = ULocale.forLanguageTag(language == null || language.isBlank() ? "en" : language);
        String text = sentence.strip().replaceAll("\\s+", " ");
        List<String> parts = new ArrayList<>();
        for (String one : sentences(text, locale)) {
            if (lines(one, locale).size() <= LINES && !betterAtClauses(one, locale)) {
                parts.add(one);
            } else {
                parts.addAll(clauses(one, locale));
            }
        }
        parts = joinShort(parts, locale, secondsPerColumn);
        List<List<String>> blocks = new ArrayList<>();
        for (String part : parts) {
            for (String group : even(part, locale)) {
                blocks.add(DisplayWidth.of(group) <= COLUMNS ? List.of(group) : balanced(group, locale));
            }
        }
        return blocks;
    }

    /**
     * A part in as few cues as its lines need (two lines each), cut where the cues come out about
     * as wide as each other rather than full, full, and a stub.
     */
    private static List<String> even(String part, ULocale locale) {
        List<int[]> lines = ranges(part, locale);
        int cues = (lines.size() + LINES - 1) / LINES;
        if (cues <= 1) {
            return List.of(part.strip());
        }
        double target = DisplayWidth.of(part) / (double) cues;
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at : LineBreaks.of(part, locale)) {
            if (out.size() == cues - 1) {
                break;
            }
            String piece = part.substring(from, at);
            if (DisplayWidth.of(piece.strip()) >= target && lines(piece.strip(), locale).size() <= LINES) {
                out.add(piece.strip());
                from = at;
            }
        }
        out.add(part.substring(from).strip());
        if (out.stream().anyMatch(piece -> lines(piece, locale).size() > LINES)) {
            out.clear();
            for (int i = 0; i < lines.size(); i += LINES) {
                out.add(part.substring(lines.get(i)[0], lines.get(Math.min(lines.size(), i + LINES) - 1)[1]).strip());
            }
        }
        return out;
    }

    private static int width(List<String> block) {
        return block.stream().mapToInt(DisplayWidth::of).sum();
    }

    private static List<String> sentences(String text, ULocale locale) {
        BreakIterator it = BreakIterator.getSentenceInstance(locale);
        it.setText(text);
        List<String> out = new ArrayList<>();
        int from = it.first();
        for (int to = it.next(); to != BreakIterator.DONE; from = to, to = it.next()) {
            String piece = text.substring(from, to).strip();
            if (!piece.isEmpty()) {
                out.add(piece);
            }
        }
        return out;
    }

    /**
     * A long sentence in parts of at most two lines, cut after a clause's punctuation (a comma,
     * semicolon or colon followed by a space; a Chinese comma or enumeration mark) where it can be.
     */
    private static List<String> clauses(String sentence, ULocale locale) {
        List<String> clauses = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            boolean latin = (c == ',' || c == ';' || c == ':') && i + 1 < sentence.length() && sentence.charAt(i + 1) == ' ';
            boolean wide = c == '，' || c == '；' || c == '：' || c == '、';
            if (latin || wide) {
                clauses.add(sentence.substring(from, i + 1).strip());
                from = i + 1;
            }
        }
        if (from < sentence.length() && !sentence.substring(from).isBlank()) {
            clauses.add(sentence.substring(from).strip());
        }
        List<String> parts = new ArrayList<>();
        String current = "";
        for (String clause : clauses) {
            String joined = current.isEmpty() ? clause : join(current, clause);
            if (current.isEmpty() || DisplayWidth.of(joined) <= COLUMNS || cutsAtClause(joined, locale)) {
                current = joined;
            } else {
                parts.add(current);
                current = clause;
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    /**
     * Whether a sentence that fits two lines reads better as two cues cut at a clause: when it is
     * Chinese (or Japanese) with a clause mark, and no two lines of it end at one, so that its
     * lines would be cut between two characters of a phrase (直角|边).
     */
    private static boolean betterAtClauses(String sentence, ULocale locale) {
        boolean wideClause = sentence.chars().anyMatch(c -> "，；：、".indexOf(c) >= 0);
        return wideClause && DisplayWidth.of(sentence) > COLUMNS && !cutsAtClause(sentence, locale);
    }

    /** Whether two lines can hold the text with the cut after a clause's punctuation. */
    private static boolean cutsAtClause(String text, ULocale locale) {
        for (int at : LineBreaks.of(text, locale)) {
            String before = text.substring(0, at).strip();
            if (",;:，；：、".indexOf(before.charAt(before.length() - 1)) >= 0
                    && DisplayWidth.of(before) <= COLUMNS && DisplayWidth.of(text.substring(at).strip()) <= COLUMNS) {
                return true;
            }
        }
        return false;
    }

    /** Joins a part that would be on screen for less than a second to a neighbour, where both fit in one cue. */
    private static List<String> joinShort(List<String> parts, ULocale locale, double secondsPerColumn) {
        List<String> out = new ArrayList<>(parts);
        boolean changed = true;
        while (changed && out.size() > 1) {
            changed = false;
            for (int i = 0; i < out.size(); i++) {
                if (DisplayWidth.of(out.get(i)) * secondsPerColumn >= SHORTEST) {
                    continue;
                }
                int a = i + 1 < out.size() ? i : i - 1;
                String joined = join(out.get(a), out.get(a + 1));
                if (lines(joined, locale).size() <= LINES) {
                    out.set(a, joined);
                    out.remove(a + 1);
                    changed = true;
                    break;
                }
            }
        }
        return out;
    }

    /** Two pieces of text one after the other: with a space, unless the first ends in a wide character. */
    private static String join(String first, String second) {
        int last = first.codePointBefore(first.length());
        return DisplayWidth.of(last) == 2 && DisplayWidth.of(second.codePointAt(0)) == 2 ? first + second
                : first + " " + second;
    }

    /** The text in lines of at most {@link #COLUMNS}, filled greedily at the places a line may end. */
    static List<String> lines(String text, ULocale locale) {
        return ranges(text, locale).stream().map(r -> text.substring(r[0], r[1]).strip()).toList();
    }

    /** Where each line starts and ends in the text (its spaces at either end included). */
    private static List<int[]> ranges(String text, ULocale locale) {
        List<Integer> breaks = new ArrayList<>(LineBreaks.of(text, locale));
        breaks.add(text.length());
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int lastFit = -1;
        int i = 0;
        while (i < breaks.size()) {
            int b = breaks.get(i);
            if (b <= start) {
                i++;
            } else if (fits(text, start, b)) {
                lastFit = b;
                i++;
            } else if (lastFit > start) {
                out.add(new int[] {start, lastFit});
                start = lastFit;
            } else {
                // One word wider than a line (a long address): cut it where the line is full.
                int cut = cut(text, start);
                out.add(new int[] {start, cut});
                start = cut;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(new int[] {start, text.length()});
        }
        return out;
    }

    private static boolean fits(String text, int start, int end) {
        return DisplayWidth.of(text.substring(start, end).strip()) <= COLUMNS;
    }

    private static int cut(String text, int from) {
        int columns = 0;
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (columns + DisplayWidth.of(cp) > COLUMNS) {
                break;
            }
            columns += DisplayWidth.of(cp);
            i += Character.charCount(cp);
        }
        return Math.max(i, from + 1);
    }

    /**
     * Two lines cut where the wider of them is narrowest, both fitting; a cut after a clause's
     * punctuation is preferred, and one between two Chinese characters (inside a phrase, even at
     * a word's end) is the last choice. Else the lines as filled.
     */
    private static List<String> balanced(String text, ULocale locale) {
        int best = -1;
        int bestCost = Integer.MAX_VALUE;
        for (int at : LineBreaks.of(text, locale)) {
            int wider = Math.max(DisplayWidth.of(text.substring(0, at).strip()), DisplayWidth.of(text.substring(at).strip()));
            String before = text.substring(0, at).stripTrailing();
            int last = before.codePointBefore(before.length());
            int next = text.codePointAt(at);
            int cost = wider + (",;:，；：、".indexOf(last) >= 0 ? 0
                    : LineBreaks.ideograph(last) && LineBreaks.ideograph(next) ? 12 : 4);
            if (wider <= COLUMNS && cost < bestCost) {
                best = at;
                bestCost = cost;
            }
        }
        return best < 0 ? lines(text, locale) : List.of(text.substring(0, best).strip(), text.substring(best).strip());
    }
}
