package org.lessonstudio.voice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Something that turns a sentence into spoken audio: espeak-ng on this machine, or an
 * OpenAI-compatible speech service. Engines write WAV files; the cache decides where.
 */
public interface SpeechEngine {

    /** The engine's name as a lesson writes it ({@code espeak}, {@code openai}). */
    String name();

    /** Why the engine cannot speak on this machine (not installed, no key), with what to do; empty when it can. */
    Optional<String> problem();

    /**
     * Speaks {@code text} in {@code voice} into a WAV file at {@code out}, at {@code rate} times
     * the engine's own pace (1 unchanged, 0.9 a tenth slower).
     */
    void speak(String text, String voice, double rate, Path out) throws IOException, InterruptedException;

    /** The voice to use for a language when the lesson names none. */
    String defaultVoice(String language);
}
