package org.lessonstudio.renderer;

import java.awt.Color;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Theme;

/**
 * The exact colours of a theme. Named colours are mixed per theme so that they read on its
 * background: chalk pastels on the dark chalkboard, deeper inks on the white board.
 */
public final class Palette {

    private final Color background;
    private final Map<ColorName, Color> colors;
    private final Color captionBox;
    private final Color captionText;

    private Palette(Color background, Map<ColorName, Color> colors, Color captionBox, Color captionText) {
        this.background = background;
        this.colors = colors;
        this.captionBox = captionBox;
        this.captionText = captionText;
    }

    private static final Map<Theme, Palette> PALETTES = new EnumMap<>(Theme.class);

    static {
        for (Theme theme : Theme.values()) {
            PALETTES.put(theme, mix(theme));
        }
    }

    public static Palette of(Theme theme) {
        return PALETTES.get(theme);
    }

    private static Palette mix(Theme theme) {
        return switch (theme) {
            // Chalk pastels and whiteboard inks, kept apart for colour-blind eyes the Okabe-Ito way:
            // red leans to vermilion and green to bluish green, so the two never read alike.
            case CHALKBOARD -> palette(0x1F2A24, 0xF1F1EA, new int[] {0xFFFFFF, 0x111111, 0x9AA6A0, 0xFF8A5C, 0xFFB347,
                    0xFFE36E, 0x4FD6A8, 0x66CCEE, 0x82A8FF, 0xC6A0FF, 0xFF9ED2, 0xCC9E6E});
            case WHITEBOARD -> palette(0xFAFAF7, 0x1E1E24, new int[] {0xFFFFFF, 0x000000, 0x6E7378, 0xD55E00, 0xE69F00,
                    0xB88A00, 0x009E73, 0x00838F, 0x0072B2, 0x7B3FB5, 0xCC79A7, 0x7A4E2A});
            // Okabe-Ito, told apart with every common kind of colour blindness.
            case LIGHT -> palette(0xFFFFFF, 0x222222, new int[] {0xFFFFFF, 0x000000, 0x767676, 0xD55E00, 0xE69F00,
                    0xB59A00, 0x009E73, 0x00897B, 0x0072B2, 0x8E5BA8, 0xCC79A7, 0x8B5A2B});
            case DARK -> palette(0x15171C, 0xEDEDED, new int[] {0xFFFFFF, 0x000000, 0x9A9A9A, 0xFF7F3F, 0xE69F00,
                    0xF0E442, 0x2BC79A, 0x4FD1C5, 0x56B4E9, 0xB79CE0, 0xCC79A7, 0xC8965A});
        };
    }

    /** A theme from its background, its ink, and the named colours from white to brown in order. */
    private static Palette palette(int background, int ink, int[] named) {
        Map<ColorName, Color> c = new HashMap<>();
        c.put(ColorName.INK, new Color(ink));
        ColorName[] order = {ColorName.WHITE, ColorName.BLACK, ColorName.GRAY, ColorName.RED, ColorName.ORANGE,
            ColorName.YELLOW, ColorName.GREEN, ColorName.TEAL, ColorName.BLUE, ColorName.PURPLE, ColorName.PINK,
            ColorName.BROWN};
        for (int i = 0; i < order.length; i++) {
            c.put(order[i], new Color(named[i]));
        }
        Color bg = new Color(background);
        boolean darkBackground = bg.getRed() + bg.getGreen() + bg.getBlue() < 3 * 128;
        return new Palette(bg, c, new Color(0, 0, 0, darkBackground ? 170 : 180), new Color(0xFFFFFF));
    }

    public Color background() {
        return background;
    }

    /** A theme colour's shade in this theme, or an exact colour as written. */
    public Color color(ColorName name) {
        return name.exact() ? new Color(name.rgb()) : colors.get(name);
    }

    /** The colour at an opacity (0 to 1). */
    public Color color(ColorName name, double opacity) {
        return withAlpha(color(name), opacity);
    }

    public Color captionBox() {
        return captionBox;
    }

    public Color captionText() {
        return captionText;
    }

    static Color withAlpha(Color c, double opacity) {
        int alpha = (int) Math.round(c.getAlpha() * Math.max(0, Math.min(1, opacity)));
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
