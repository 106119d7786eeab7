package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;

/**
 * A box around one part of a formula, found by its TeX, surrounds that part's glyphs and no
 * others: boxing the last term of a sum puts the box over the right of the formula, the first
 * over its left.
 */
class FormulaPartBoxTest {

    private static Rectangle boxInk(String part) {
        Timeline timeline = Frames.timeline("""
                lesson "Parts"

                scene "Sum"
                  tex sum: "a^2 + b^2 = c^2" at (0, 0), size 1
                  box b: around "%s" in sum, color "#FF0000", thickness 0.06
                  show sum, b
                  wait 1s
                """.formatted(part));
        BufferedImage f = new FrameRenderer().render(timeline.frameAt(0.5), 640, 360);
        Rectangle ink = null;
        for (int y = 0; y < 360; y++) {
            for (int x = 0; x < 640; x++) {
                int p = f.getRGB(x, y);
                boolean red = ((p >> 16) & 0xFF) > 200 && ((p >> 8) & 0xFF) < 80 && (p & 0xFF) < 80;
                if (red) {
                    ink = ink == null ? new Rectangle(x, y, 1, 1) : ink.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        return ink;
    }

    @Test
    void theBoxSurroundsThePartItNames() {
        Rectangle first = boxInk("a^2");
        Rectangle last = boxInk("c^2");
        Rectangle whole = boxInk("a^2 + b^2 = c^2");
        assertTrue(first != null && last != null && whole != null, "every box is drawn");
        assertTrue(first.getMaxX() < 320, "a² is on the left of the formula: " + first);
        assertTrue(last.getMinX() > 320, "c² is on the right: " + last);
        assertTrue(first.width < whole.width / 3 && last.width < whole.width / 3, "a part's box is narrower than the "
                + "whole formula's: " + first + ", " + last + " against " + whole);
        assertTrue(whole.contains(first) && whole.contains(last), "parts' boxes lie inside the whole's");
    }
}
