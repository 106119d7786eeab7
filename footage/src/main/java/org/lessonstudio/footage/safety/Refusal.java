package org.lessonstudio.footage.safety;

import java.util.List;
import org.lessonstudio.footage.PromptPiece;

/**
 * Why a prompt may not be used: the category it falls in, the rule that found it, the words that
 * triggered the rule (as the teacher or the template wrote them), and who wrote them.
 *
 * @param category the category refused
 * @param rule     the rule's name ({@code violence-against-people}), or the moderator's name
 * @param words    the words that triggered it, in the order they stand
 * @param origin   whether the lesson's words or the template's own said them
 */
public record Refusal(Category category, String rule, List<String> words, PromptPiece.Origin origin) {

    public Refusal {
        words = List.copyOf(words);
    }

    /** How to say the shot so that it is fine. */
    public String rephrase() {
        return category.rephrase();
    }
}
