package org.lessonstudio.dsl.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a mistyped one, by edit distance, for "did you mean" hints. */
public final class Suggest {

    private Suggest() {
    }

    /**
     * Words longer than this are never compared: no name is this long (see the lexer's limit), and
     * comparing two words costs the product of their lengths.
     */
    static final int LONGEST = 64;

    public static Optional<String> closest(String wrong, Collection<String> known) {
        if (wrong.length() > LONGEST) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = wrong.toLowerCase(Locale.ROOT);
        for (String candidate : known) {
            if (candidate.length() > LONGEST || Math.abs(candidate.length() - wrong.length()) > 3) {
                continue; // more edits apart than any suggestion allows
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        // Any one-letter name is one edit from any other: for those only a change of case is suggested.
        int allowed = wrong.length() == 1 ? 0 : Math.max(1, Math.min(3, wrong.length() / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Damerau-Levenshtein distance (a swap of two neighbours counts as one edit). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
