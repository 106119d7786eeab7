package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * A closed shape given a fill colour and no colour is edged in that colour too (a pink region has
 * a pink edge, not a white one); given a colour as well, its edge keeps the colour it was given.
 */
class OutlineColourTest {

    private static final String PINK = "\"#FF00FF\"";

    /** The pixel on the shape's edge at (x, y): whether it is pink (strong red and blue, little green). */
    private static boolean pinkAt(String definition, double x, double y) {
        Timeline timeline = Frames.timeline("""
                lesson "Edges"
                  theme: dark

                scene "One shape"
                  circle a: center (-1, 0), radius 2
                  circle b: center (1, 0), radius 2
                  %s
                  show s
                  wait 1s
                """.formatted(definition));
        FrameState state = timeline.frameAt(0.5);
        BufferedImage f = new FrameRenderer().render(state, 640, 360);
        // the point's nearest pixel, or one beside it: the stroke is two pixels wide at this size and
        // where the scene's scale puts its middle is a matter of rounding
        java.awt.geom.Point2D p = new Projection(state.viewport(), f.getWidth(), f.getHeight()).worldToPixels()
                .transform(new java.awt.geom.Point2D.Double(x, y), null);
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                int rgb = f.getRGB((int) Math.round(p.getX()) + dx, (int) Math.round(p.getY()) + dy);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 200 && b > 200 && g < 90) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aClosedShapeGivenOnlyAFillIsEdgedInIt() {
        assertTrue(pinkAt("region s: intersection of a and b, fill " + PINK + ", fill opacity 0.1", 0, Math.sqrt(3)),
                "a region's edge at its top corner");
        assertTrue(pinkAt("circle s: center (0, 0), radius 3, fill " + PINK + ", fill opacity 0.1", 3, 0),
                "a circle's edge");
        assertTrue(pinkAt("rectangle s: center (0, 0), width 4, height 2, fill " + PINK + ", fill opacity 0.1", 2, 0),
                "a rectangle's edge");
        assertTrue(pinkAt("polygon s: sides 4, center (0, 0), radius 2, fill " + PINK + ", fill opacity 0.1", 0, 2)
                || pinkAt("polygon s: sides 4, center (0, 0), radius 2, fill " + PINK + ", fill opacity 0.1", 2, 0),
                "a polygon's corner");
    }

    @Test
    void aColourGivenStillEdgesIt() {
        assertTrue(!pinkAt("circle s: center (0, 0), radius 3, color white, fill " + PINK + ", fill opacity 0.1", 3, 0),
                "a white edge stays white");
    }
}
