package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * {@code indicate} on a graph must not show wrong values: a curve on axes glows where it is (its
 * stroke thicker and yellow) instead of swelling about its middle, which pushed y = x below the x
 * axis for a moment. A dot still swells about its own middle, staying on its value.
 */
class IndicateKeepsMeaningTest {

    private static final String LESSON = """
            lesson "Indicate"
              theme: dark

            scene "Graph"
              axes xy: x from -1 to 10, y from -3 to 10, size 10 by 7
              curve f: y = x for x from 0 to 10, color "#00FF00"
              point p: at (4, 4), color "#FF0000", size 0.08
              show xy, f, p
              wait 1s
              indicate f over 1s
              indicate p over 1s
            """;

    @Test
    void aCurveGlowsInPlaceAndADotSwellsOnItsValue() {
        Timeline timeline = Frames.timeline(LESSON);
        FrameRenderer renderer = new FrameRenderer();
        FrameState still = timeline.frameAt(0.9);
        BufferedImage before = renderer.render(still, 640, 360);
        FrameState mid = timeline.frameAt(1.5);
        BufferedImage during = renderer.render(mid, 640, 360);
        java.awt.geom.Point2D origin = new Projection(still.viewport(), 640, 360).worldToPixels()
                .transform(new java.awt.geom.Point2D.Double(0, 0), null);
        int changedBelowAxis = 0;
        int changed = 0;
        for (int y = 0; y < 360; y++) {
            for (int x = 0; x < 640; x++) {
                if (before.getRGB(x, y) != during.getRGB(x, y)) {
                    changed++;
                    if (y > origin.getY() + 6) {
                        changedBelowAxis++;
                    }
                }
            }
        }
        assertTrue(changed > 200, "the curve visibly changes while indicated: " + changed);
        assertEquals(0, changedBelowAxis, "no part of y = x (x from 0) is drawn below the x axis while indicated");
        // At the height of it, the curve's stroke at (8, 8) is yellowish: red and green high, blue low.
        int rgb = Frames.at(during, mid, 8, 8);
        assertTrue(((rgb >> 16) & 0xFF) > 150 && ((rgb >> 8) & 0xFF) > 150 && (rgb & 0xFF) < 100,
                "the curve glows yellow in place: " + Integer.toHexString(rgb));

        FrameState dot = timeline.frameAt(2.5);
        BufferedImage swollen = renderer.render(dot, 640, 360);
        int[] centre = {Frames.at(swollen, dot, 4, 4)};
        assertTrue(((centre[0] >> 16) & 0xFF) > 150, "the dot is still on (4, 4): " + Integer.toHexString(centre[0]));
    }
}
