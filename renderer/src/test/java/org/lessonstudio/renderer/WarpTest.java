package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * A warp moves every point of an object to where its formula sends it, over its span: a line's
 * pixels move while it runs, and a point of the line ends where the formula sends that point,
 * with the line bent, not moved as a whole.
 */
class WarpTest {

    private static final int RED = 0xFF0000;

    private static final String LESSON = """
            lesson "Warp"

            scene "Bend"
              line l: from (-6, 0) to (6, 0), color "#FF0000", thickness 0.08
              show l
              wait 1s
              warp l to (x, y + 2 sin(x / 2)) over 2s
              wait 1s
            """;

    @Test
    void aPointOfTheLineEndsWhereTheFormulaSendsIt() {
        Timeline timeline = Frames.timeline(LESSON);
        FrameState after = timeline.frameAt(3.5);
        BufferedImage f = new FrameRenderer().render(after, 1280, 720);
        double x = Math.PI; // sent to (π, 2 sin(π / 2)) = (π, 2)
        assertEquals(RED, Frames.at(f, after, x, 2) & 0xFFFFFF, "the line's point at x = π is now at y = 2");
        assertNotEquals(RED, Frames.at(f, after, x, 0) & 0xFFFFFF, "and no longer at y = 0");
        assertEquals(RED, Frames.at(f, after, 0, 0) & 0xFFFFFF, "x = 0 is sent to itself: the line is bent, not moved");
        assertEquals(RED, Frames.at(f, after, -Math.PI, -2) & 0xFFFFFF, "x = −π goes down to y = −2");
    }

    @Test
    void theLineMovesDuringTheWarpsSpanOnly() {
        Timeline timeline = Frames.timeline(LESSON);
        FrameRenderer renderer = new FrameRenderer();
        BufferedImage before = renderer.render(timeline.frameAt(0.9), 640, 360);
        BufferedImage startOfSpan = renderer.render(timeline.frameAt(1.0), 640, 360);
        BufferedImage middle = renderer.render(timeline.frameAt(2.0), 640, 360);
        FrameState halfway = timeline.frameAt(2.0);
        int moved = 0;
        int early = 0;
        for (int y = 0; y < 360; y++) {
            for (int x = 0; x < 640; x++) {
                if (before.getRGB(x, y) != middle.getRGB(x, y)) {
                    moved++;
                }
                if (before.getRGB(x, y) != startOfSpan.getRGB(x, y)) {
                    early++;
                }
            }
        }
        assertEquals(0, early, "nothing moves before the warp starts");
        assertTrue(moved > 1000, "pixels change during the warp: " + moved);
        // Half way through (eased), x = π is between y = 0 and y = 2, not at either end.
        assertNotEquals(RED, Frames.at(middle, halfway, Math.PI, 2) & 0xFFFFFF, "not yet at the end");
        assertNotEquals(RED, Frames.at(middle, halfway, Math.PI, 0) & 0xFFFFFF, "no longer at the start");
    }

    @Test
    void aWarpBendsTheObjectWhereItIsAndALaterMoveCarriesTheBentObject() {
        Timeline timeline = Frames.timeline("""
                lesson "Warp"

                scene "Bend, then move"
                  line l: from (-6, 0) to (6, 0), color "#FF0000", thickness 0.08
                  show l
                  move l by (0, -1) over 0s
                  warp l to (x, 3 y + 2 sin(x / 2)) over 1s
                  move l by (0, 1) over 0s
                  wait 1s
                """);
        FrameState end = timeline.frameAt(1.5);
        BufferedImage f = new FrameRenderer().render(end, 1280, 720);
        // bent where it was (y = -1): x = π went to y = -3 + 2 = -1, x = 0 to y = -3; then both up by 1
        assertEquals(RED, Frames.at(f, end, Math.PI, 0) & 0xFFFFFF, "x = π: bent, then carried up");
        assertEquals(RED, Frames.at(f, end, 0, -2) & 0xFFFFFF, "x = 0: bent to y = -3, then carried up");
        assertNotEquals(RED, Frames.at(f, end, Math.PI, 2) & 0xFFFFFF, "not bent where it was moved to later");
    }

    /** How many pixels of the frame's upper right quarter are red (where a red label "A" goes). */
    private static int redLabelPixels(String label) {
        Timeline timeline = Frames.timeline("""
                lesson "Warp a labelled point"

                scene "Bend"
                  point a: at (2, 1.5), color "#FF0000"%s
                  show a
                  wait 1s
                  warp a to (x + 0.5, y) over 1s
                  wait 1s
                """.formatted(label));
        BufferedImage f = new FrameRenderer().render(timeline.frameAt(2.5), 640, 360);
        int red = 0;
        for (int y = 0; y < 180; y++) {
            for (int x = 320; x < 640; x++) {
                int p = f.getRGB(x, y);
                if (((p >> 16) & 0xFF) > 200 && ((p >> 8) & 0xFF) < 80 && (p & 0xFF) < 80) {
                    red++;
                }
            }
        }
        return red;
    }

    @Test
    void aWarpedPointKeepsItsLabel() {
        // a label is placed when the frame is finished; a warped object is painted on a picture of
        // its own, whose labels were once never placed, so they vanished from the warp's start on
        int dotOnly = redLabelPixels("");
        int withLabel = redLabelPixels(", label \"A\"");
        assertTrue(withLabel > dotOnly + 20, "the label is drawn after the warp: " + withLabel + " red pixels against "
                + dotOnly + " for the dot alone");
    }
}
