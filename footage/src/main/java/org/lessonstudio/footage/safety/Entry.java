package org.lessonstudio.footage.safety;

import java.util.List;

/**
 * One way a concept is said, as written in a concepts file, ready to be looked for.
 */
sealed interface Entry {

    /** The entry as written, for messages. */
    String written();

    /** Words in a row, each by its stem: "open fire", "shoot"; {@link #GAP} stands for up to three words;
     * a one-word entry also has its Porter root ("killing" → "kill"), empty for a phrase. */
    record Words(String written, List<String> terms, String root) implements Entry {
        /** Written {@code ...}: up to {@link #GAP_WORDS} words of any kind. */
        static final String GAP = "\u0000...";
        static final int GAP_WORDS = 3;
    }

    /** One word or a misspelling of it (a letter wrong, missing, extra or two swapped): "suicide~". */
    record Fuzzy(String written, String word, String term) implements Entry { }

    /** Any word that starts so: "decapitat*", "枪*". */
    record Prefix(String written, String start) implements Entry { }

    /** Chinese words in a row that together are exactly these characters: "自杀", "跳楼". */
    record Han(String written, String characters) implements Entry { }
}
