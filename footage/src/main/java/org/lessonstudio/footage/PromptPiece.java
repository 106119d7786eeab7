package org.lessonstudio.footage;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A run of an expanded prompt's text and who wrote it: the template itself ("No text, captions,
 * logos or watermarks in frame.") or the lesson, whose values the template put in (the
 * description, the title). The safety check reads the two differently.
 *
 * @param origin who wrote the words
 * @param text   the words, as they are in the prompt
 */
public record PromptPiece(Origin origin, String text) {

    /** Who wrote a piece of a prompt. */
    public enum Origin {
        /** The template's own words. */
        TEMPLATE,
        /** A value from the lesson, put in by a template's {@code ${…}}. */
        LESSON
    }

    /** The prompt as one text, as a service receives it. */
    public static String text(List<PromptPiece> pieces) {
        return pieces.stream().map(PromptPiece::text).collect(Collectors.joining());
    }
}
