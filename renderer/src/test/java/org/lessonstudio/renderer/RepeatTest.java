package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * {@code repeat} writes lines out once for each number, and the objects it names with an index
 * are one list: five dots and their drop lines from four lines, shown one after another.
 */
class RepeatTest {

    @Test
    void fiveDotsFromOneLineAppearOneAfterAnother() {
        Timeline timeline = Frames.timeline("""
                lesson "Dots"

                scene "Five dots"
                  repeat i from 1 to 5:
                    point d[i]: at (2 i - 6, 1), color "#FF0000", size 0.15
                    line drop[i]: from d[i] to (2 i - 6, -2), color "#0000FF", thickness 0.2
                  show d stagger 0.5s
                  draw drop
                  move d[3] by (0, 1) over 1s
                  wait 1s
                """);
        FrameRenderer renderer = new FrameRenderer();
        FrameState early = timeline.frameAt(1.2);
        BufferedImage first = renderer.render(early, 640, 360);
        int background = first.getRGB(2, 2);
        for (int i = 1; i <= 5; i++) {
            int pixel = Frames.at(first, early, 2 * i - 6, 1);
            if (i <= 3) {
                assertEquals(0xFF0000, pixel & 0xFFFFFF, "dot " + i + " is shown by 1.2 s");
            } else {
                assertEquals(background, pixel, "dot " + i + " is not shown yet at 1.2 s");
            }
        }
        FrameState end = timeline.frameAt(4.6);
        BufferedImage last = renderer.render(end, 640, 360);
        for (int i = 1; i <= 5; i++) {
            int lineY = i == 3 ? 1 : 0;
            assertTrue((Frames.at(last, end, 2 * i - 6, -1) & 0xFF) > 200, "drop line " + i + " is drawn");
            assertEquals(0xFF0000, Frames.at(last, end, 2 * i - 6, 1 + lineY) & 0xFFFFFF, "dot " + i);
        }
    }
}
