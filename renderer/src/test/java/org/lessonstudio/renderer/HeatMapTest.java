package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * A heat map shows at each point the colour its scale gives for the number there: checked at
 * known points of a formula and of a row of numbers, at two sizes (it is worked out per pixel, so
 * a bigger frame is as exact), and it changes as a value in its formula is animated.
 */
class HeatMapTest {

    /** Two exact colours, so the blend between them is known: black to pure red. */
    private static final String SCALE = "colors \"#000000\" and \"#FF0000\" from 0 to 4";

    private static int red(int rgb) {
        return rgb >> 16 & 0xFF;
    }

    @Test
    void eachPointHasTheColourTheScaleGivesForItsNumber() {
        Timeline timeline = Frames.timeline("""
                lesson "Heat"

                scene "Plate"
                  heat map h: value x^2 + y^2, x from -2 to 2, y from -2 to 2, %s
                  show h
                  wait 1s
                """.formatted(SCALE));
        FrameState state = timeline.frameAt(0.5);
        for (int[] size : new int[][] {{640, 360}, {1920, 1080}}) {
            BufferedImage f = new FrameRenderer().render(state, size[0], size[1]);
            // x² + y² is 1 at (1, 0): a quarter of the way from black to red; 4 at (0, 2) and beyond.
            assertEquals(64, red(Frames.at(f, state, 1, 0)), 3, "a quarter of the way, at " + size[0]);
            assertEquals(0, Frames.at(f, state, 1, 0) & 0xFFFF, "no green or blue in a black-to-red scale");
            // at (1, 1) x² + y² rises fastest along the diagonal: the nearest pixel's centre may be half a
            // pixel away, which at 640x360 is up to 5 of 255 levels (the scene's size depends on the frame's
            // margins), so the tolerance is that, not a rounding error's
            assertEquals(128, red(Frames.at(f, state, 1, 1)), 6, "half way: x² + y² = 2");
            assertEquals(255, red(Frames.at(f, state, 1.9, 1.9)), 1, "above the scale: its last colour");
            assertEquals(0, red(Frames.at(f, state, 0.02, 0.02)), 2, "0 at the middle: the first colour");
            assertNotEquals(Frames.at(f, state, 1.9, 1.9), Frames.at(f, state, 3, 0), "nothing outside its rectangle");
        }
    }

    @Test
    void aRowOfNumbersIsSpreadFromLeftToRightAndBlended() {
        Timeline timeline = Frames.timeline("""
                lesson "Gradient"

                scene "Row"
                  heat map g: values 0, 4, x from -2 to 2, y from -2 to 2, %s
                  show g
                  wait 1s
                """.formatted(SCALE));
        FrameState state = timeline.frameAt(0.5);
        BufferedImage f = new FrameRenderer().render(state, 1280, 720);
        assertEquals(32, red(Frames.at(f, state, -1.5, 1)), 3, "an eighth of the way along");
        assertEquals(128, red(Frames.at(f, state, 0, -1.5)), 3, "half way along, whatever the height");
        assertEquals(224, red(Frames.at(f, state, 1.5, 0)), 3, "seven eighths of the way along");
    }

    @Test
    void itChangesAsAValueInItsFormulaIsAnimated() {
        Timeline timeline = Frames.timeline("""
                lesson "Heat"

                scene "Warming"
                  value k = 0
                  heat map h: value k (x + 2), x from -2 to 2, y from -2 to 2, %s
                  show h
                  animate k to 1 over 2s
                """.formatted(SCALE));
        FrameState start = timeline.frameAt(0.01);
        FrameState end = timeline.frameAt(1.99);
        BufferedImage a = new FrameRenderer().render(start, 640, 360);
        BufferedImage b = new FrameRenderer().render(end, 640, 360);
        assertTrue(red(Frames.at(a, start, 0, 0)) < 10, "cold before the animation");
        assertEquals(128, red(Frames.at(b, end, 0, 0)), 6, "k (x + 2) = 2 at the middle once k is 1");
    }
}
