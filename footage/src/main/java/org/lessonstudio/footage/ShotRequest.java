package org.lessonstudio.footage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * What a provider is asked for: one shot.
 *
 * @param description the teacher's words (what a library is searched with)
 * @param prompt      the expanded prompt (what a generator receives)
 * @param seconds     how long the shot is on screen
 * @param width       the video's width in pixels
 * @param height      the video's height in pixels
 * @param fps         the video's frame rate
 * @param seed        the same for the same prompt, so a shot made again is made the same way
 */
public record ShotRequest(String description, String prompt, double seconds, int width, int height, int fps,
                          long seed) {

    /** A request whose seed is taken from the prompt's own words. */
    public static ShotRequest of(String description, String prompt, double seconds, int width, int height, int fps) {
        return new ShotRequest(description, prompt, seconds, width, height, fps, seedOf(prompt));
    }

    /** Whether the picture is wider than tall (16:9 and the like) rather than portrait. */
    public boolean landscape() {
        return width >= height;
    }

    static long seedOf(String prompt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(prompt.getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < 4; i++) {
                seed = seed << 8 | (digest[i] & 0xff);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
