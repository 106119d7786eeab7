package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;

/**
 * A point the camera has left outside the picture takes its name with it: a tester saw "P" held
 * at the frame's right edge, cut off, with no dot, once the camera had zoomed in on the middle.
 */
class OffPictureLabelsTest {

    @Test
    void aPointOutsideThePictureHasNoLabelOnIt() {
        Timeline timeline = Frames.timeline("""
                lesson "Zoom past a point"

                scene "Zoom"
                  axes xy: x from -4 to 4, y from -3 to 3
                  point p: at (3, 0), label "P"
                  point q: at (0.5, 0.5), label "Q"
                  show xy, p, q
                  camera zoom 3 over 1s
                  wait 1s
                """);
        FrameRenderer renderer = new FrameRenderer();
        List<DrawnText> before = renderer.renderInto(timeline.frameAt(0.4), new BufferedImage(960, 540,
                BufferedImage.TYPE_INT_RGB));
        List<DrawnText> after = renderer.renderInto(timeline.frameAt(2.0), new BufferedImage(960, 540,
                BufferedImage.TYPE_INT_RGB));
        assertTrue(before.stream().anyMatch(d -> d.text().equals("P")), "P is named while it is in view: " + before);
        assertFalse(after.stream().anyMatch(d -> d.text().equals("P")), "P is out of view, and so is its name: " + after);
        assertTrue(after.stream().anyMatch(d -> d.text().equals("Q")), "Q is still in view and named: " + after);
    }
}
