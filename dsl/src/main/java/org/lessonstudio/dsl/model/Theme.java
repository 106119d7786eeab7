package org.lessonstudio.dsl.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The look of a lesson: background, ink and how the named colours are mixed for it. */
public enum Theme {
    CHALKBOARD("chalkboard"),
    WHITEBOARD("whiteboard"),
    /** White paper, colour-blind-safe ink (the Okabe-Ito colours). */
    LIGHT("light"),
    /** Near-black, colour-blind-safe colours, for dim rooms. */
    DARK("dark");

    private final String word;

    Theme(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<Theme> named(String word) {
        return Arrays.stream(values()).filter(t -> t.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Theme::word).toList();
    }
}
