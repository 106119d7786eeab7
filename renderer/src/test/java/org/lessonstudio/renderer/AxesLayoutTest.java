package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;

/**
 * Axes as a physics teacher draws them: each axis to its own scale and a size on screen, a step
 * for each, numbers on one axis only, no arrowheads, and typeset labels that sit on neither an
 * arrowhead nor a number. Frames are 320 by 180 pixels: 20 pixels a screen unit; the room above
 * the caption band has its middle 82.5 pixels from the top.
 */
class AxesLayoutTest {

    private static BufferedImage frame(String axes, String more) {
        Timeline timeline = Frames.timeline("""
                lesson "Axes"

                scene "Thrown"
                  %s
                  %s
                  show xy
                  wait 1s
                """.formatted(axes, more.isEmpty() ? "value unused = 0" : more));
        return new FrameRenderer().render(timeline.frameAt(0.5), 320, 180);
    }

    @Test
    void eachAxisHasItsOwnScaleAndTheAxesTheirSize() {
        BufferedImage f = frame("axes xy: x from 0 to 10, y from 0 to 100, size 11 by 6",
                "point a: at (0, 0), color \"#FF0000\", size 0.15\n  point b: at (10, 100), color \"#FF0000\", size 0.15\n  show a, b");
        // 11 by 6 screen units, centred above the room kept for numbers and the caption band:
        // x from 2.5 to 13.5, y from 0.875 to 6.875 screen units.
        assertEquals(0xFF0000, f.getRGB(50, 137) & 0xFFFFFF, "(0, 0) at the axes' lower left");
        assertEquals(0xFF0000, f.getRGB(270, 18) & 0xFFFFFF, "(10, 100) at the axes' upper right");
    }

    @Test
    void labelsAreTypesetAndKeepOffArrowheadsAndNumbers() {
        String base = "axes xy: x from -1 to 7, y from -1 to 3.5, step 1 and 0.5";
        BufferedImage plain = frame(base, "");
        BufferedImage numbered = frame(base + ", numbers", "");
        BufferedImage labelled = frame(base + ", numbers, labels \"$t$\" and \"$\\\\Delta Q$\"", "");
        int background = plain.getRGB(2, 2);
        Rectangle labels = null;
        int overlap = 0;
        for (int y = 0; y < 180; y++) {
            for (int x = 0; x < 320; x++) {
                boolean label = labelled.getRGB(x, y) != numbered.getRGB(x, y);
                boolean number = numbered.getRGB(x, y) != plain.getRGB(x, y);
                boolean axesInk = plain.getRGB(x, y) != background;
                if (label && y < 40) {
                    labels = labels == null ? new Rectangle(x, y, 1, 1) : labels.union(new Rectangle(x, y, 1, 1));
                }
                if (label && (number || axesInk)) {
                    overlap++;
                }
            }
        }
        assertTrue(labels != null, "the y label is drawn above the y axis's tip");
        assertEquals(0, overlap, "no label pixel lies on a number, an arrowhead or an axis");
        // Typeset, "$\Delta Q$" is two letters wide (under 2 screen units), not ten characters with dollars.
        assertTrue(labels.width < 40, "the y label as typeset: " + labels);
    }

    @Test
    void numbersOnOneAxisAndNoTips() {
        BufferedImage both = frame("axes xy: x from -4 to 4, y from -2 to 3, numbers", "");
        BufferedImage xOnly = frame("axes xy: x from -4 to 4, y from -2 to 3, numbers on x", "");
        BufferedImage noTips = frame("axes xy: x from -4 to 4, y from -2 to 3, no tips", "");
        BufferedImage tips = frame("axes xy: x from -4 to 4, y from -2 to 3", "");
        int background = both.getRGB(2, 2);
        // Left of the y axis (x = 0 is at 160 pixels), beside the tick at y = 2.
        int yNumbers = Frames.pixelsUnlike(both, background, 140, 30, 156, 60);
        assertTrue(yNumbers > 3, "y numbers drawn: " + yNumbers);
        assertEquals(0, Frames.pixelsUnlike(xOnly, background, 140, 30, 156, 60), "no y numbers");
        // Just beyond x = 4, where an arrowhead pokes past the end of the axis.
        Rectangle tip = new Rectangle(0, 0, 0, 0);
        int withTips = 0;
        int withoutTips = 0;
        for (int x = 0; x < 320; x++) {
            for (int y = 0; y < 180; y++) {
                if (tips.getRGB(x, y) != noTips.getRGB(x, y)) {
                    withTips++;
                    tip.add(x, y);
                }
            }
        }
        assertTrue(withTips > 10, "arrowheads are what tell the two apart: " + withTips);
        assertEquals(0, withoutTips);
    }

    @Test
    void numbersHaveAStepOfTheirOwn() {
        List<String> xEveryTwo = numbers("axes xy: x from -4 to 4, y from -2 to 3, step 1, numbers on x every 2");
        assertEquals(List.of("\u22124", "\u22122", "2", "4"), xEveryTwo,
                "ticks every 1, numbers every 2, and the end of the range (numbered on every axis)");
        List<String> both = numbers("axes xy: x from -4 to 4, y from -2 to 3, numbers every 2 and 0.5");
        assertTrue(both.containsAll(List.of("\u22124", "\u22122", "2", "4", "\u22121.5", "0.5", "2.5", "3")), both.toString());
        assertEquals(4 + 10, both.size(), both.toString()); // the ends of both ranges numbered too
    }

    private static List<String> numbers(String axes) {
        Timeline timeline = Frames.timeline("""
                lesson "Axes"

                scene "Numbers"
                  %s
                  show xy
                  wait 1s
                """.formatted(axes));
        BufferedImage image = new BufferedImage(320, 180, BufferedImage.TYPE_3BYTE_BGR);
        return new FrameRenderer().renderInto(timeline.frameAt(0.5), image).stream()
                .filter(t -> t.kind() == DrawnText.Kind.NUMBER).map(DrawnText::text).toList();
    }
}
