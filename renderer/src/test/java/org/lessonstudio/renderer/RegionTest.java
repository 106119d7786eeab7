package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * Shapes made from shapes shade exactly where they should: an intersection only where both
 * circles are, a difference only where the first is and the second is not, and they follow the
 * shapes they are made from as those move.
 */
class RegionTest {

    private static final int RED = 0xFF0000;

    @Test
    void intersectionAndDifferenceShadeWhereTheyShould() {
        Timeline timeline = Frames.timeline("""
                lesson "Regions"

                scene "Two circles"
                  circle a: center (-1, 0), radius 2
                  circle b: center (1, 0), radius 2
                  region both: intersection of a and b, color "#FF0000", fill "#FF0000", fill opacity 1
                  show both
                  wait 1s
                  move b by (0, 5) over 0s
                  wait 1s
                """);
        FrameRenderer renderer = new FrameRenderer();
        FrameState state = timeline.frameAt(0.5);
        BufferedImage f = renderer.render(state, 640, 360);
        int background = f.getRGB(2, 2);
        assertEquals(RED, Frames.at(f, state, 0, 0) & 0xFFFFFF, "inside both");
        assertEquals(background, Frames.at(f, state, -2.5, 0), "inside a only");
        assertEquals(background, Frames.at(f, state, 2.5, 0), "inside b only");
        FrameState moved = timeline.frameAt(1.5);
        BufferedImage g = renderer.render(moved, 640, 360);
        assertEquals(background, Frames.at(g, moved, 0, 0), "b moved away: nothing is in both");
    }

    @Test
    void differenceIsTheFirstWithoutTheSecond() {
        Timeline timeline = Frames.timeline("""
                lesson "Regions"

                scene "Two circles"
                  circle a: center (-1, 0), radius 2
                  circle b: center (1, 0), radius 2
                  region rest: difference of a and b, color "#FF0000", fill "#FF0000", fill opacity 1
                  show rest
                  wait 1s
                """);
        FrameState state = timeline.frameAt(0.5);
        BufferedImage f = new FrameRenderer().render(state, 640, 360);
        int background = f.getRGB(2, 2);
        assertEquals(RED, Frames.at(f, state, -2.5, 0) & 0xFFFFFF, "in a, not in b");
        assertEquals(background, Frames.at(f, state, 0, 0), "in both");
        assertEquals(background, Frames.at(f, state, 2.5, 0), "in b only");
    }
}
