package org.lessonstudio.voice;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.lessonstudio.dsl.io.PartialFiles;

/**
 * Spoken sentences kept on disk by what made them (engine, voice, text), so a render after a small
 * edit speaks only the sentences that changed. Files are written whole under a temporary name and
 * moved into place, so a stopped run never leaves a half-written sound in the cache.
 */
public final class SpeechCache {

    /** Bumped when engines change how they speak (such as their pace), so old sounds are not reused. */
    private static final String VERSION = "2";

    private final Path folder;

    public SpeechCache(Path folder) {
        this.folder = folder;
    }

    /** The user's cache folder: {@code $XDG_CACHE_HOME/lesson-studio/speech} or {@code ~/.cache/…}. */
    public static SpeechCache standard() {
        String home = System.getenv("XDG_CACHE_HOME");
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".cache");
        return new SpeechCache(base.resolve("lesson-studio").resolve("speech"));
    }

    /** Whether the sentence's sound is in the cache already (so no engine is needed for it). */
    public boolean has(SpeechEngine engine, String voice, double rate, String text) {
        return Files.isRegularFile(fileFor(engine, voice, rate, text));
    }

    /** The sentence's sound, spoken now if it is not in the cache yet. */
    public Path spoken(SpeechEngine engine, String voice, double rate, String text)
            throws IOException, InterruptedException {
        Path file = fileFor(engine, voice, rate, text);
        if (Files.isRegularFile(file)) {
            return file;
        }
        Path partial = PartialFiles.create(file);
        try {
            engine.speak(text, voice, rate, partial);
            PartialFiles.commit(partial, file);
        } finally {
            Files.deleteIfExists(partial);
        }
        return file;
    }

    private Path fileFor(SpeechEngine engine, String voice, double rate, String text) {
        // A sound at the engine's own pace keeps the key it always had.
        String paced = rate == 1 ? voice : voice + "\u0000rate " + rate;
        return folder.resolve(key(engine.name(), paced, text) + ".wav");
    }

    static String key(String engine, String voice, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((VERSION + '\u0000' + engine + '\u0000' + voice + '\u0000' + text)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
