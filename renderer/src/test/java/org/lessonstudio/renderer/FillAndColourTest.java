package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * Fills a class sees as written: an exact colour in hex, a fill opacity (a solid fill hides what
 * is under it), a fill changed on its own, and a background colour for the whole lesson.
 */
class FillAndColourTest {

    private static final String LESSON = """
            lesson "Fills"
              background: "#ECE7E2"

            scene "Two circles"
              circle a: center (-1, 0), radius 2, color "#58C4DD", fill "#58C4DD", fill opacity 1
              circle b: center (1, 0), radius 2, color "#E07A5F", fill "#E07A5F", fill opacity 1, layer 1
              square s: center (5, 0), side 2, color black
              show a, b, s
              wait 1s
              change s fill "#00FF00", fill opacity 1 over 1s
              wait 1s
            """;

    @Test
    void exactColoursFillOpacityAndTheBackgroundAreDrawnAsWritten() {
        Timeline timeline = Frames.timeline(LESSON);
        FrameState state = timeline.frameAt(0.5);
        BufferedImage frame = new FrameRenderer().render(state, 320, 180);
        assertClose(0xECE7E2, frame.getRGB(5, 5), "the background");
        assertClose(0x58C4DD, Frames.at(frame, state, -2.5, 0), "circle a alone, solid");
        assertClose(0xE07A5F, Frames.at(frame, state, 0, 0), "where they overlap, b covers a: a solid fill does not mix");
        assertClose(0xECE7E2, Frames.at(frame, state, 5, 0), "the square has no fill yet");
    }

    @Test
    void changingTheFillLeavesTheOutlineAsItWas() {
        Timeline timeline = Frames.timeline(LESSON);
        FrameState state = timeline.frameAt(2.5);
        BufferedImage frame = new FrameRenderer().render(state, 640, 360);
        assertClose(0x00FF00, Frames.at(frame, state, 5, 0), "the square's new fill");
        // Its outline, 1 unit left of its centre, is still black.
        int edge = Frames.at(frame, state, 4, 0);
        Color c = new Color(edge);
        assertTrue(c.getRed() + c.getGreen() + c.getBlue() < 3 * 110, "the outline stays black: " + Integer.toHexString(edge));
    }

    private static void assertClose(int expected, int actual, String what) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= 3, what + ": expected " + Integer.toHexString(expected) + " but was "
                    + Integer.toHexString(actual & 0xFFFFFF));
        }
        assertEquals(0xFF, (actual >>> 24) & 0xFF, what + " is opaque");
    }
}
