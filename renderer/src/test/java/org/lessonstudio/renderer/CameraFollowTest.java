package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/**
 * {@code camera follow}: what a viewer sees is the followed dot held in the middle of the picture
 * while the scene slides past behind it, then the whole scene again after {@code camera reset}.
 */
class CameraFollowTest {

    private static final int W = 640;
    private static final int H = 360;

    private static final String LESSON = """
            lesson "Follow"

            scene "A dot on a wave"
              axes xy: x from -1 to 10, y from -2 to 2
              curve wave: y = sin(x) for x from 0 to 3 pi, color blue
              point d: at (0, 0), color "#FF0000", size 0.12
              show xy, wave, d
              camera follow d zoom 2 over 1s
              move d along wave over 3s ease linear
              camera reset over 1s
              wait 1s
            """;

    @Test
    void theFollowedDotStaysInTheMiddleWhileItMoves() {
        Timeline timeline = Frames.timeline(LESSON);
        FrameRenderer renderer = new FrameRenderer();
        BufferedImage previous = null;
        for (double t : new double[] {1.0, 1.6, 2.2, 2.9, 3.5, 4.0}) {
            FrameState frame = timeline.frameAt(t);
            BufferedImage image = renderer.render(frame, W, H);
            double[] red = redMiddle(image);
            Point2D middle = pictureMiddle(frame);
            assertTrue(red[2] > 20, "the dot is seen at " + t + " s");
            assertEquals(middle.getX(), red[0], 4, "the dot is in the middle across at " + t + " s");
            assertEquals(middle.getY(), red[1], 4, "the dot is in the middle up and down at " + t + " s");
            if (previous != null) {
                assertTrue(changed(previous, image) > 500, "the scene slides behind the dot at " + t + " s");
            }
            previous = image;
        }
    }

    @Test
    void theCameraGoesThereSmoothlyAndComesBack() {
        Timeline timeline = Frames.timeline(LESSON);
        FrameRenderer renderer = new FrameRenderer();
        double[] before = redMiddle(renderer.render(timeline.frameAt(0.01), W, H));
        double[] halfway = redMiddle(renderer.render(timeline.frameAt(0.5), W, H));
        double[] there = redMiddle(renderer.render(timeline.frameAt(1.0), W, H));
        assertTrue(before[0] < W / 3.0, "the dot starts on the left of the whole scene");
        assertTrue(halfway[0] > before[0] + 10 && halfway[0] < there[0] - 10,
                "on the way in, the dot is between where it was and the middle: " + halfway[0]);
        FrameState end = timeline.frameAt(5.5);
        assertEquals(-1, end.viewport().xMin(), 1e-9, "the reset shows the whole scene again");
        double[] after = redMiddle(renderer.render(end, W, H));
        assertTrue(after[0] > W * 0.75, "and the dot where it ended, near the right: " + after[0]);
    }

    /** The middle of the picture the camera films (the frame above the caption band), in pixels. */
    private static Point2D pictureMiddle(FrameState frame) {
        Viewport view = frame.viewport();
        return new Projection(view, W, H).toPixels(new Vec((view.xMin() + view.xMax()) / 2, (view.yMin() + view.yMax()) / 2));
    }

    /** The middle of the red pixels (x, y) and how many there are. */
    private static double[] redMiddle(BufferedImage image) {
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                if (r > 200 && g < 80 && b < 80) {
                    sx += x;
                    sy += y;
                    n++;
                }
            }
        }
        return new double[] {n == 0 ? -1 : sx / n, n == 0 ? -1 : sy / n, n};
    }

    private static int changed(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }
}
