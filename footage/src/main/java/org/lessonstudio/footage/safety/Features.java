package org.lessonstudio.footage.safety;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The features the learned layer weighs, from what a text says ({@link Said}), each with the first
 * place it stands in the text as written (for quoting). Every reading of the text counts, and a
 * feature counts once however often it is said:
 *
 * <ul>
 *   <li>{@code concept:self-harm-means}: a concept of the concept files, found and not denied;</li>
 *   <li>{@code word:cut}: an English word by its root ("cutting", "cuts" → cut), a Chinese word as smartcn segments it;</li>
 *   <li>{@code no:blood}: a word said only to be denied ("no blood", "没有流血").</li>
 * </ul>
 *
 * Words inside a phrase of the {@code allow} concept ("shooting star", a school's own) give nothing.
 * Pairs of English words in a row and pairs of Chinese characters were tried as features too and
 * left out: measured by leaving one labelled part out, each made the layer worse on the part left
 * out (docs/footage.md); the concepts are what carries from one set of sentences to another.
 */
final class Features {

    private Features() {
    }

    /** The features of what a text says, each with {@code [start, end)} of its first place in the text. */
    static Map<String, int[]> of(Said said) {
        Map<String, int[]> features = new LinkedHashMap<>();
        // a place allowed in one reading of the text is allowed in every reading ("the naked eye's view"
        // is also read "naked eyes", which the allowed phrase may not cover)
        java.util.BitSet allowed = new java.util.BitSet();
        for (Said.Word word : said.words()) {
            if (word.allowed()) {
                allowed.set(word.start(), word.end());
            }
        }
        for (Found found : said.concepts()) {
            if (!found.denied() && !inside(allowed, found.start(), found.end())) {
                features.putIfAbsent("concept:" + found.concept(), new int[] {found.start(), found.end()});
            }
        }
        for (Said.Word word : said.words()) {
            if (!inside(allowed, word.start(), word.end())) {
                features.putIfAbsent((word.denied() ? "no:" : "word:") + word.root(), new int[] {word.start(), word.end()});
            }
        }
        return features;
    }

    private static boolean inside(java.util.BitSet allowed, int start, int end) {
        return end > start && allowed.nextClearBit(start) >= end;
    }
}
