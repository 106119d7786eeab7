package org.lessonstudio.renderer;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Set;

/** The typefaces text is set in: DejaVu Sans where the machine has it, else Java's sans serif. */
final class Fonts {

    private static final String FAMILY = pick();

    private Fonts() {
    }

    private static String pick() {
        Set<String> families = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        for (String preferred : new String[] {"DejaVu Sans", "Liberation Sans", "Noto Sans"}) {
            if (families.contains(preferred)) {
                return preferred;
            }
        }
        return Font.SANS_SERIF;
    }

    static Font plain(double pixels) {
        return new Font(FAMILY, Font.PLAIN, 1).deriveFont((float) pixels);
    }

    static Font bold(double pixels) {
        return new Font(FAMILY, Font.BOLD, 1).deriveFont((float) pixels);
    }
}
