package org.lessonstudio.dsl.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The colours a lesson can name. Each theme decides the exact shade, so {@code yellow} reads
 * well on a chalkboard and on a whiteboard alike. {@link #INK} is the theme's main drawing colour.
 */
public enum ColorName {
    INK("ink"),
    WHITE("white"),
    BLACK("black"),
    GRAY("gray"),
    RED("red"),
    ORANGE("orange"),
    YELLOW("yellow"),
    GREEN("green"),
    TEAL("teal"),
    BLUE("blue"),
    PURPLE("purple"),
    PINK("pink"),
    BROWN("brown");

    private final String word;

    ColorName(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Optional<ColorName> named(String word) {
        if (word.equals("grey")) {
            return Optional.of(GRAY);
        }
        return Arrays.stream(values()).filter(c -> c.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(ColorName::word).toList();
    }
}
