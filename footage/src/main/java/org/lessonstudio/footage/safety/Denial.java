package org.lessonstudio.footage.safety;

import java.util.List;
import java.util.Set;

/**
 * Whether words are said only to deny them: "no injuries shown", "without blood, gore or
 * wounds", "没有人受伤". A denial reaches at most five words ahead within its clause, and on over
 * commas only along a short list ("blood, gore or wounds"); it stops at a sentence's end and at
 * words that begin something new ("but", "while", "who", 但是).
 */
final class Denial {

    private static final Set<String> DENYING = Set.of("no", "not", "without", "never", "nor", "none", "neither",
            "nobody", "nothing", "avoid", "avoiding", "don't", "doesn't", "isn't", "aren't", "wasn't", "weren't",
            "didn't", "won't", "can't", "cannot", "不", "没", "没有", "无", "不要", "未", "别", "禁止", "避免",
            "并非", "不会", "不是", "毫无", "没人", "无人", "并未", "不得", "不能", "绝不", "从不");
    private static final Set<String> NEW_THOUGHT = Set.of("but", "while", "then", "yet", "however", "though",
            "although", "who", "which", "that", "where", "when", "because", "so", "until", "before", "after", "as",
            "但", "但是", "而", "然后", "却", "可是", "之后", "以后", "接着", "随后");
    private static final Set<String> JOINING = Set.of("or", "and", "nor", "或", "和", "及", "或者", "与", "也");

    /** How far a denial reaches within its clause, in words. */
    static final int REACH = 5;

    private Denial() {
    }

    /** Whether the words starting at {@code at} are denied by a word before them. */
    static boolean denied(List<Token> words, int at) {
        boolean overCommas = false;
        for (int k = at - 1; k >= 0; k--) {
            Token after = words.get(k + 1);
            if (after.gap() == Token.STOP) {
                return false;
            }
            if (after.gap() == Token.COMMA) {
                if (!listItem(words, k + 1)) {
                    return false;
                }
                overCommas = true;
            }
            Token word = words.get(k);
            if (NEW_THOUGHT.contains(word.surface())) {
                return false;
            }
            if (DENYING.contains(word.surface())) {
                return overCommas || at - k <= REACH;
            }
            if (!overCommas && at - k > REACH) {
                return false;
            }
        }
        return false;
    }

    /** Whether the comma-separated piece starting at {@code from} reads as a list's item ("gore or wounds"). */
    private static boolean listItem(List<Token> words, int from) {
        int size = 0;
        boolean joined = false;
        for (int k = from; k < words.size() && (k == from || words.get(k).gap() == Token.NONE); k++) {
            size++;
            joined |= JOINING.contains(words.get(k).surface());
        }
        return size <= 2 || (joined && size <= 4);
    }
}
