package org.lessonstudio.dsl.model;

import java.util.List;
import java.util.Optional;

/**
 * A colour a lesson names: one of the theme's colours ({@code yellow}, whose exact shade each
 * theme decides, so it reads well on a chalkboard and on a whiteboard alike; {@link #INK} is the
 * theme's main drawing colour), or an exact colour written in hex ({@code "#58C4DD"}), drawn
 * as written on every theme.
 */
public final class ColorName {

    public static final ColorName INK = new ColorName("ink", -1);
    public static final ColorName WHITE = new ColorName("white", -1);
    public static final ColorName BLACK = new ColorName("black", -1);
    public static final ColorName GRAY = new ColorName("gray", -1);
    public static final ColorName RED = new ColorName("red", -1);
    public static final ColorName ORANGE = new ColorName("orange", -1);
    public static final ColorName YELLOW = new ColorName("yellow", -1);
    public static final ColorName GREEN = new ColorName("green", -1);
    public static final ColorName TEAL = new ColorName("teal", -1);
    public static final ColorName BLUE = new ColorName("blue", -1);
    public static final ColorName PURPLE = new ColorName("purple", -1);
    public static final ColorName PINK = new ColorName("pink", -1);
    public static final ColorName BROWN = new ColorName("brown", -1);

    private static final List<ColorName> NAMED = List.of(INK, WHITE, BLACK, GRAY, RED, ORANGE, YELLOW, GREEN, TEAL,
            BLUE, PURPLE, PINK, BROWN);

    private final String word;
    private final int rgb;

    private ColorName(String word, int rgb) {
        this.word = word;
        this.rgb = rgb;
    }

    /** The word for a theme's colour, or the hex form ({@code #58C4DD}) of an exact one. */
    public String word() {
        return word;
    }

    /** Whether this is an exact colour ({@code "#58C4DD"}) rather than one of the theme's. */
    public boolean exact() {
        return rgb >= 0;
    }

    /** An exact colour's red, green and blue as 0xRRGGBB. */
    public int rgb() {
        return rgb;
    }

    /** The theme colour a word names. */
    public static Optional<ColorName> named(String word) {
        if (word.equals("grey")) {
            return Optional.of(GRAY);
        }
        return NAMED.stream().filter(c -> c.word.equals(word)).findFirst();
    }

    /** An exact colour from {@code #RRGGBB} or {@code #RGB}, if the text is one. */
    public static Optional<ColorName> hex(String text) {
        String digits = text.startsWith("#") ? text.substring(1) : "";
        if (!digits.matches("[0-9a-fA-F]{6}|[0-9a-fA-F]{3}")) {
            return Optional.empty();
        }
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1)
                    + digits.charAt(2) + digits.charAt(2);
        }
        int rgb = Integer.parseInt(digits, 16);
        return Optional.of(new ColorName(String.format("#%06X", rgb), rgb));
    }

    /** The theme's colours, in the order the reference lists them. */
    public static List<ColorName> themeColours() {
        return NAMED;
    }

    public static List<String> words() {
        return NAMED.stream().map(ColorName::word).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColorName c && c.word.equals(word) && c.rgb == rgb;
    }

    @Override
    public int hashCode() {
        return word.hashCode() * 31 + rgb;
    }

    @Override
    public String toString() {
        return word;
    }
}
