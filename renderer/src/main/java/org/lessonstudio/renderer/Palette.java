package org.lessonstudio.renderer;

import java.awt.Color;
import java.util.EnumMap;
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
        Map<ColorName, Color> c = new EnumMap<>(ColorName.class);
        if (theme == Theme.WHITEBOARD) {
            c.put(ColorName.INK, new Color(0x1E1E24));
            c.put(ColorName.WHITE, new Color(0xFFFFFF));
            c.put(ColorName.BLACK, new Color(0x000000));
            c.put(ColorName.GRAY, new Color(0x6E7378));
            c.put(ColorName.RED, new Color(0xC62F28));
            c.put(ColorName.ORANGE, new Color(0xD35F00));
            c.put(ColorName.YELLOW, new Color(0xB88A00));
            c.put(ColorName.GREEN, new Color(0x2E7D32));
            c.put(ColorName.TEAL, new Color(0x00796B));
            c.put(ColorName.BLUE, new Color(0x1F5FBF));
            c.put(ColorName.PURPLE, new Color(0x7B3FB5));
            c.put(ColorName.PINK, new Color(0xC2407F));
            c.put(ColorName.BROWN, new Color(0x7A4E2A));
            return new Palette(new Color(0xFAFAF7), c, new Color(0, 0, 0, 180), new Color(0xFFFFFF));
        }
        c.put(ColorName.INK, new Color(0xF1F1EA));
        c.put(ColorName.WHITE, new Color(0xFFFFFF));
        c.put(ColorName.BLACK, new Color(0x111111));
        c.put(ColorName.GRAY, new Color(0x9AA6A0));
        c.put(ColorName.RED, new Color(0xFF7070));
        c.put(ColorName.ORANGE, new Color(0xFFA552));
        c.put(ColorName.YELLOW, new Color(0xFFE36E));
        c.put(ColorName.GREEN, new Color(0x8FE08F));
        c.put(ColorName.TEAL, new Color(0x5ED6C8));
        c.put(ColorName.BLUE, new Color(0x82B6FF));
        c.put(ColorName.PURPLE, new Color(0xC6A0FF));
        c.put(ColorName.PINK, new Color(0xFF9ED2));
        c.put(ColorName.BROWN, new Color(0xCC9E6E));
        return new Palette(new Color(0x1F2A24), c, new Color(0, 0, 0, 170), new Color(0xFFFFFF));
    }

    public Color background() {
        return background;
    }

    public Color color(ColorName name) {
        return colors.get(name);
    }

    /** The colour at an opacity (0 to 1). */
    public Color color(ColorName name, double opacity) {
        return withAlpha(colors.get(name), opacity);
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
