package org.lessonstudio.dsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A line of writing read as its pieces: plain words, and formulas between dollars
 * ({@code "the area is $\pi r^2$"}). A dollar sign itself is written {@code \$}
 * ({@code "costs \$5"}); a lone dollar with no partner is printed as it is (the check warns).
 */
public final class Writing {

    /** One piece: words as they are shown (with {@code \$} made a dollar), or a formula's TeX. */
    public record Piece(String text, boolean formula, int offset) {
    }

    private Writing() {
    }

    /** The pieces in order; words and formulas alternate, empty pieces left out. */
    public static List<Piece> pieces(String text) {
        List<Integer> dollars = dollars(text);
        List<Piece> pieces = new ArrayList<>();
        int paired = dollars.size() - dollars.size() % 2;
        int from = 0;
        for (int d = 0; d < paired; d += 2) {
            words(text, from, dollars.get(d), pieces);
            int open = dollars.get(d) + 1;
            int close = dollars.get(d + 1);
            if (close > open) {
                pieces.add(new Piece(text.substring(open, close), true, open));
            }
            from = close + 1;
        }
        words(text, from, text.length(), pieces);
        return pieces;
    }

    /** Whether any piece is a formula. */
    public static boolean hasFormula(String text) {
        return dollars(text).size() >= 2;
    }

    /** Where a formula starts that is never closed (an odd dollar out), if one does. */
    public static OptionalInt unclosed(String text) {
        List<Integer> dollars = dollars(text);
        return dollars.size() % 2 == 1 ? OptionalInt.of(dollars.get(dollars.size() - 1)) : OptionalInt.empty();
    }

    /** The words between {@code from} and {@code to}, with {@code \$} written as a dollar. */
    private static void words(String text, int from, int to, List<Piece> into) {
        if (to <= from) {
            return;
        }
        String words = text.substring(from, to).replace("\\$", "$");
        if (!words.isEmpty()) {
            into.add(new Piece(words, false, from));
        }
    }

    /** The places of the dollars that open or close formulas (not those written {@code \$}). */
    private static List<Integer> dollars(String text) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf('$'); i >= 0; i = text.indexOf('$', i + 1)) {
            if (i == 0 || text.charAt(i - 1) != '\\') {
                at.add(i);
            }
        }
        return at;
    }
}
