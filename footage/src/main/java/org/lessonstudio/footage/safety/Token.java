package org.lessonstudio.footage.safety;

/**
 * One word of a text as the check reads it.
 *
 * @param term    its stem ("shooting" → "shoot"), or a Chinese word as segmented
 * @param surface the word as it stands in the plain text
 * @param start   where it starts in the plain text
 * @param end     where it ends in the plain text
 * @param han     a Chinese word
 * @param gap     what stands between it and the word before: {@link #NONE}, {@link #COMMA} or {@link #STOP}
 */
record Token(String term, String surface, int start, int end, boolean han, int gap) {

    /**
     * A second, coarser stem (Porter's): KStem keeps words it knows as nouns ("killing", "hanging",
     * "ending"), Porter takes them to their verb ("kill", "hang", "end").
     */
    String root() {
        return han ? term : Roots.of(surface);
    }

    /** Nothing but spaces before it. */
    static final int NONE = 0;
    /** A comma before it: the same sentence goes on. */
    static final int COMMA = 1;
    /** The end of a sentence or clause before it (. ! ? ; : and line breaks). */
    static final int STOP = 2;
}
