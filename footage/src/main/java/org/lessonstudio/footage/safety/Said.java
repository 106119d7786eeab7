package org.lessonstudio.footage.safety;

import java.util.List;

/**
 * What a text says, as the check reads it: the concepts found in it (for the rules and, as
 * features, for the learned layer) and every word of every reading of it (for the learned layer).
 *
 * @param concepts the concepts found, each place once
 * @param words    every word of every reading, in order, reading after reading
 */
record Said(List<Found> concepts, List<Said.Word> words) {

    /**
     * One word of one reading.
     *
     * @param root    its Porter root ("killing" → "kill"), or a Chinese word as segmented
     * @param han     a Chinese word
     * @param start   where it starts in the text as written
     * @param end     where it ends there
     * @param allowed inside a phrase of the {@code allow} concept ("shooting star"): it counts for nothing
     * @param denied  said only to be denied ("no blood")
     * @param gap     what stands before it ({@link Token#NONE}, {@link Token#COMMA} or {@link Token#STOP})
     * @param reading which reading of the text it belongs to
     */
    record Word(String root, boolean han, int start, int end, boolean allowed, boolean denied, int gap,
                int reading) { }
}
