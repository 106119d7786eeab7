package org.lessonstudio.dsl.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The lesson's {@code voice:} setting read as an engine, a voice and a speaking rate:
 * {@code espeak en-us}, {@code cmn-latn-pinyin, rate 0.9}, {@code none}. The rate multiplies the
 * engine's own pace (1 is unchanged, 0.9 a tenth slower); it applies to every voice of the lesson,
 * to the time the timeline gives a sentence before it is spoken, and to the engines alike.
 */
public record VoiceSetting(String engine, String voice, double rate) {

    /** The slowest and fastest rates a lesson may ask for. */
    public static final double SLOWEST = 0.5;
    public static final double FASTEST = 2.0;

    public static VoiceSetting of(String written) {
        String[] parts = written.split(",", -1);
        double rate = 1;
        for (int i = 1; i < parts.length; i++) {
            rate = rate(parts[i]).orElse(rate);
        }
        String[] words = parts[0].strip().split("\\s+");
        if (parts[0].isBlank()) {
            return new VoiceSetting("espeak", "", rate);
        }
        if (words[0].equalsIgnoreCase("none")) {
            return new VoiceSetting("none", "", rate);
        }
        if (words.length >= 2) {
            return new VoiceSetting(words[0].toLowerCase(Locale.ROOT), words[1], rate);
        }
        return new VoiceSetting("espeak", words[0], rate);
    }

    /** {@code rate 0.9}: a rate within {@link #SLOWEST} and {@link #FASTEST}; empty for anything else. */
    public static Optional<Double> rate(String part) {
        String[] words = part.strip().split("\\s+");
        if (words.length != 2 || !words[0].equals("rate") || !words[1].matches("\\d+(\\.\\d+)?")) {
            return Optional.empty();
        }
        double rate = Double.parseDouble(words[1]);
        return rate >= SLOWEST && rate <= FASTEST ? Optional.of(rate) : Optional.empty();
    }
}
