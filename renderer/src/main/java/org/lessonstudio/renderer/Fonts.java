package org.lessonstudio.renderer;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The typefaces text is set in. Latin text uses DejaVu Sans where the machine has it; any
 * character that face lacks (Chinese, for one) is set, character by character, in the first
 * installed face that has it, so text never shows empty boxes while some font can draw it.
 */
public final class Fonts {

    /** Faces tried first for characters the main face lacks; then every installed face. */
    private static final List<String> PREFERRED_FALLBACKS = List.of("Noto Sans CJK SC", "Noto Sans SC",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN", "Noto Sans");

    private static final String MAIN = pickMain();
    private static final List<Font> FALLBACKS = installedFallbacks();
    private static final Map<Integer, Optional<Font>> BY_CHARACTER = new ConcurrentHashMap<>();

    private Fonts() {
    }

    private static String pickMain() {
        List<String> families = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        for (String preferred : new String[] {"DejaVu Sans", "Liberation Sans", "Noto Sans"}) {
            if (families.contains(preferred)) {
                return preferred;
            }
        }
        return Font.SANS_SERIF;
    }

    private static List<Font> installedFallbacks() {
        List<String> families = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames());
        List<Font> fonts = new ArrayList<>();
        for (String name : PREFERRED_FALLBACKS) {
            if (families.contains(name)) {
                fonts.add(new Font(name, Font.PLAIN, 1));
            }
        }
        for (String name : families) {
            if (!PREFERRED_FALLBACKS.contains(name) && !name.equals(MAIN)) {
                fonts.add(new Font(name, Font.PLAIN, 1));
            }
        }
        return fonts;
    }

    /** A face that can draw the character, when the main face cannot. */
    private static Optional<Font> fallbackFor(int codePoint) {
        return BY_CHARACTER.computeIfAbsent(codePoint,
                cp -> FALLBACKS.stream().filter(f -> f.canDisplay(cp)).findFirst());
    }

    /** The first character of the text that no installed font can draw, if any. */
    public static Optional<String> firstMissing(String text) {
        Font main = new Font(MAIN, Font.PLAIN, 1);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && !main.canDisplay(cp) && fallbackFor(cp).isEmpty()) {
                return Optional.of(new String(Character.toChars(cp)));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /** Text laid out at a size in pixels, each character in a face that has it. */
    static TextRun run(String text, double pixels, boolean bold, FontRenderContext context) {
        Font main = new Font(MAIN, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) pixels);
        if (text.isEmpty()) {
            return new TextRun(new java.awt.geom.Path2D.Double(), 0, 0, 0);
        }
        AttributedString attributed = new AttributedString(text);
        attributed.addAttribute(TextAttribute.FONT, main);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!main.canDisplay(cp)) {
                Optional<Font> fallback = fallbackFor(cp);
                if (fallback.isPresent()) {
                    attributed.addAttribute(TextAttribute.FONT,
                            fallback.get().deriveFont(bold ? Font.BOLD : Font.PLAIN, (float) pixels), i, next);
                }
            }
            i = next;
        }
        TextLayout layout = new TextLayout(attributed.getIterator(), context);
        return new TextRun(layout.getOutline(null), layout.getAdvance(), layout.getAscent(), layout.getDescent());
    }
}
