package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * {@code together for each d[i] stagger 0.5s}: each member of a list does its own action (here
 * each rises by its own number), one after another; several lines for one member start together.
 */
class ForEachTest {

    private static final String LESSON = """
            lesson "For each"

            scene "Rising dots"
              repeat i from 1 to 4:
                point d[i]: at (2 i - 5, -2), color "#FF0000", size 0.15
                line l[i]: from (2 i - 5, -3) to (2 i - 5, -4), color "#0000FF", thickness 0.2
              show d
              together for each d[i] stagger 0.5s
                move d[i] by (0, i) over 0.2s
                draw l[i] over 0.2s
              wait 1s
            """;

    @Test
    void eachMemberDoesItsOwnActionInTurn() {
        Timeline timeline = Frames.timeline(LESSON);
        FrameRenderer renderer = new FrameRenderer();
        // at 0.85 s: the first two have risen (by 1 and by 2), the last two not yet
        FrameState frame = timeline.frameAt(0.85);
        BufferedImage image = renderer.render(frame, 640, 360);
        int background = image.getRGB(2, 2);
        for (int i = 1; i <= 4; i++) {
            double x = 2 * i - 5;
            boolean risen = i <= 2;
            assertEquals(risen ? background : 0xFF0000, Frames.at(image, frame, x, -2) & (risen ? -1 : 0xFFFFFF),
                    "dot " + i + " has " + (risen ? "left" : "not left") + " its place");
            if (risen) {
                assertEquals(0xFF0000, Frames.at(image, frame, x, -2 + i) & 0xFFFFFF, "dot " + i + " rose by " + i);
                assertEquals(0x0000FF, Frames.at(image, frame, x, -3.5) & 0xFFFFFF,
                        "its line is drawn with it, " + i);
            } else {
                assertNotEquals(0x0000FF, Frames.at(image, frame, x, -3.5) & 0xFFFFFF, "no line yet, " + i);
            }
        }
    }
}
