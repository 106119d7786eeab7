package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * Numbers along axes as a teacher sees them: without a step, x from 0 to 100 shows a readable row
 * of numbers with gaps between them (not a hundred overlapping into a smear) and y from 0 to 0.05
 * shows numbers at all; and the end of a range is numbered (x = 4 as well as −4; pH 14).
 */
class AxisNumbersOnScreenTest {

    private static final int W = 1280;
    private static final int H = 720;

    private record Drawn(BufferedImage image, Projection projection) {
        Point2D at(double x, double y) {
            return projection.worldToPixels().transform(new Point2D.Double(x, y), null);
        }

        /** Pixels unlike the background in a box of pixels. */
        int ink(double x0, double y0, double x1, double y1) {
            return Frames.pixelsUnlike(image, image.getRGB(2, 2), (int) Math.max(0, x0), (int) Math.max(0, y0),
                    (int) Math.min(W, x1), (int) Math.min(H, y1));
        }
    }

    private static Drawn draw(String axes) {
        return draw(axes, "wait 1s", 0.9);
    }

    private static Drawn draw(String axes, String then, double at) {
        Timeline timeline = Frames.timeline("""
                lesson "Numbers"
                  theme: dark

                scene "Axes"
                  %s
                  show xy
                  %s
                """.formatted(axes, then));
        FrameState state = timeline.frameAt(at);
        return new Drawn(new FrameRenderer().render(state, W, H), new Projection(state.viewport(), W, H));
    }

    @Test
    void withoutAStepTheNumbersAreReadable() {
        Drawn d = draw("axes xy: x from 0 to 100, y from 0 to 0.05, size 12 by 5, numbers");
        Point2D origin = d.at(0, 0);
        Point2D end = d.at(100, 0);
        double unit = H / 9.0;
        // Under the x axis, the columns holding ink: numbers with gaps between them, not a smear.
        int columns = 0;
        int inked = 0;
        for (int x = (int) origin.getX() + 4; x < (int) end.getX(); x++) {
            columns++;
            if (Frames.pixelsUnlike(d.image(), d.image().getRGB(2, 2), x, (int) (origin.getY() + 0.25 * unit), x + 1,
                    (int) (origin.getY() + 0.75 * unit)) > 0) {
                inked++;
            }
        }
        assertTrue(inked > columns / 10, "numbers are drawn under the x axis: " + inked + " of " + columns);
        assertTrue(inked < columns * 0.6, "with room between them: ink in " + inked + " of " + columns + " columns");
        // Left of the y axis, from just above the origin up to the top: the y numbers.
        Point2D top = d.at(0, 0.05);
        int yNumbers = d.ink(origin.getX() - 1.2 * unit, top.getY() - 0.3 * unit, origin.getX() - 0.15 * unit,
                origin.getY() - 0.3 * unit);
        assertTrue(yNumbers > 200, "the y axis is numbered: " + yNumbers);
    }

    @Test
    void theEndOfEachRangeIsNumbered() {
        Drawn d = draw("axes xy: x from -4 to 4, y from -2 to 3, numbers");
        double unit = H / 9.0;
        Point2D right = d.at(4, 0);
        Point2D left = d.at(-4, 0);
        int underFour = d.ink(right.getX() - 0.2 * unit, right.getY() + 0.2 * unit, right.getX() + 0.2 * unit,
                right.getY() + 0.6 * unit);
        int underMinusFour = d.ink(left.getX() - 0.2 * unit, left.getY() + 0.2 * unit, left.getX() + 0.2 * unit,
                left.getY() + 0.6 * unit);
        assertTrue(underMinusFour > 20, "−4 is numbered: " + underMinusFour);
        assertTrue(underFour > 20, "4 is numbered too: " + underFour);
        Point2D three = d.at(0, 3);
        int besideThree = d.ink(three.getX() - 0.6 * unit, three.getY() - 0.15 * unit, three.getX() - 0.15 * unit,
                three.getY() + 0.15 * unit);
        assertTrue(besideThree > 20, "y = 3 is numbered: " + besideThree);
    }

    @Test
    void theYLabelKeepsOffTheTopEdge() {
        // Without a size the axes fill the room above the caption band: there is no room above the y tip.
        Drawn d = draw("axes xy: x from -6 to 6, y from -3 to 3, numbers, labels \"x\" and \"y\"");
        double unit = H / 9.0;
        assertTrue(d.ink(0, 0, W, 0.08 * unit) == 0, "nothing touches the frame's top edge");
    }

    @Test
    void numbersWhoseTicksACameraLeftOutAreNotDrawn() {
        // Zoomed in on (3, 2), both axes are outside the frame: their numbers are not piled against its edges.
        Drawn d = draw("axes xy: x from -6 to 6, y from -3 to 3, numbers",
                "point p: at (3, 2)\n  camera focus p zoom 3 over 0.5s\n  wait 1s", 1.2);
        double unit = H / 9.0;
        assertTrue(d.ink(0, H - 0.6 * unit, W, H) == 0, "no x numbers along the bottom edge");
        assertTrue(d.ink(0, 0, 0.6 * unit, H) == 0, "no y numbers along the left edge");
    }

    @Test
    void aNumberLineWithoutAStepIsNumberedToo() {
        // 0 to 1000 at the old step of 1 was a thousand ticks: none were drawn at all.
        Timeline timeline = Frames.timeline("""
                lesson "Numbers"
                  theme: dark

                scene "Thousands"
                  number line n: from 0 to 1000
                  show n
                  wait 1s
                """);
        FrameState state = timeline.frameAt(0.9);
        Drawn d = new Drawn(new FrameRenderer().render(state, W, H), new Projection(state.viewport(), W, H));
        double unit = H / 9.0;
        Point2D middle = d.at(500, 0);
        int under = d.ink(middle.getX() - 0.4 * unit, middle.getY() + 0.2 * unit, middle.getX() + 0.4 * unit,
                middle.getY() + 0.7 * unit);
        assertTrue(under > 20, "500 is numbered under the middle of the line: " + under);
    }
}
