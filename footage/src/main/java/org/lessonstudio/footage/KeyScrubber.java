package org.lessonstudio.footage;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Takes a key out of any text that came from a service (a body, a status, a job id, a header, an
 * exception's message) before it is shown or kept: the whole key, and any eight of its characters
 * in a row in any case, since a service may echo a key cut short, masked in part or upper-cased.
 * Scrubbing comes before anything else is done to the text, so that cutting it short can never
 * leave a piece of the key that no longer matches; and the text's escapes are undone before it
 * ({@link Escapes}), so a key a service echoes as {@code \u0073\u006b…} is found as the key.
 */
final class KeyScrubber {

    /** The shortest run of a key's characters that counts as part of it. */
    static final int RUN = 8;
    private static final String MASK = "***";

    private final int run;
    private final Set<String> runs = new HashSet<>();

    /** @param key the key in use; null or blank scrubs nothing */
    KeyScrubber(String key) {
        String k = key == null ? "" : lower(key.strip());
        this.run = Math.min(RUN, k.length());
        for (int i = 0; run > 0 && i + run <= k.length(); i++) {
            runs.add(k.substring(i, i + run));
        }
    }

    /** The text, its escapes undone, with the key and every piece of it replaced by {@code ***}. */
    String scrub(String escaped) {
        if (escaped == null || runs.isEmpty()) {
            return escaped;
        }
        String text = Escapes.undone(escaped);
        if (text.length() < run) {
            return text;
        }
        boolean[] secret = marked(text);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!secret[i]) {
                out.append(text.charAt(i));
            } else if (i == 0 || !secret[i - 1]) {
                out.append(MASK);
            }
        }
        return out.toString();
    }

    /** Whether the text holds the key or a piece of it. */
    boolean touches(String escaped) {
        if (escaped == null || runs.isEmpty()) {
            return false;
        }
        String text = Escapes.undone(escaped);
        if (text.length() < run) {
            return false;
        }
        boolean[] secret = marked(text);
        for (boolean s : secret) {
            if (s) {
                return true;
            }
        }
        return false;
    }

    /**
     * A text from a service made fit for a message: scrubbed first, then put on one line (control
     * characters and runs of spaces become one space), then cut to {@code max} characters.
     */
    String shown(String text, int max) {
        if (text == null) {
            return "";
        }
        String line = scrub(text).replaceAll("[\\p{Cntrl}\\s\\u2028\\u2029]+", " ").strip();
        return line.length() > max ? line.substring(0, max) + "…" : line;
    }

    private boolean[] marked(String text) {
        String lower = lower(text);
        boolean[] secret = new boolean[text.length()];
        for (int i = 0; i + run <= lower.length(); i++) {
            if (runs.contains(lower.substring(i, i + run))) {
                Arrays.fill(secret, i, i + run, true);
            }
        }
        return secret;
    }

    /** Lower case character by character, so positions stay those of the original text. */
    private static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    @Override
    public String toString() {
        return "KeyScrubber[" + MASK + "]";
    }
}
