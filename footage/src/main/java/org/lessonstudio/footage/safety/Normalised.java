package org.lessonstudio.footage.safety;

/**
 * A text made plain for matching (lower case, one width, no accents, tricks undone), with where
 * each of its characters came from in the text as written, so the words that triggered a rule
 * can be quoted as the teacher wrote them.
 *
 * @param text   the plain text
 * @param origin for each character of {@code text}, its index in the original; one more entry for the end
 */
record Normalised(String text, int[] origin) {

    /** The original text's span for the plain text's {@code [start, end)}. */
    int[] span(int start, int end) {
        int from = origin[start];
        int to = end > start ? origin[end - 1] + 1 : from;
        return new int[] {from, Math.max(from, to)};
    }
}
