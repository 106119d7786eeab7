package org.lessonstudio.voice;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.timeline.SpeechTimes;

/**
 * A lesson's sentences, spoken in one language: for each {@code say}, the sound of each of its
 * pieces and how long it lasts. The timeline is laid out from these times, and the audio track
 * is mixed from these files, so sound and picture agree to the sample.
 */
public final class Narration implements SpeechTimes {

    /**
     * One sentence, spoken. {@code files} has one sound per piece (null for an empty piece), or
     * one recording for the whole sentence.
     */
    public record Spoken(List<Path> files, double[] seconds) { }

    private final String language;
    private final Map<Action.Say, Spoken> spoken;

    Narration(String language, Map<Action.Say, Spoken> spoken) {
        this.language = language;
        this.spoken = new IdentityHashMap<>(spoken);
    }

    /** Nothing spoken: captions only, sentence lengths estimated from their words. */
    public static Narration silent(String language) {
        return new Narration(language, Map.of());
    }

    public String language() {
        return language;
    }

    public Optional<Spoken> of(Action.Say say) {
        return Optional.ofNullable(spoken.get(say));
    }

    public boolean isSilent() {
        return spoken.isEmpty();
    }

    @Override
    public Optional<double[]> pieces(Action.Say say, String wanted) {
        Spoken s = spoken.get(say);
        return s == null || !wanted.equals(language) ? Optional.empty() : Optional.of(s.seconds().clone());
    }
}
