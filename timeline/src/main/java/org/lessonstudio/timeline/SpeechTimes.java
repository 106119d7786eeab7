package org.lessonstudio.timeline;

import java.util.Optional;
import org.lessonstudio.dsl.model.Action;

/**
 * How long each piece of a sentence takes to say, from real narration: the timeline lays a scene
 * out from these, so the animation keeps time with the voice. Pieces are the parts of a sentence
 * between its bookmarks.
 */
@FunctionalInterface
public interface SpeechTimes {

    /** No narration: every sentence's length is estimated from its words. */
    SpeechTimes ESTIMATED = (say, language) -> Optional.empty();

    /** Seconds for each piece of the sentence in this language, or empty to estimate them. */
    Optional<double[]> pieces(Action.Say say, String language);
}
