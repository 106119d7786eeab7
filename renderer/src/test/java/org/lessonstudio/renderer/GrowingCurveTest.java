package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;

/**
 * A curve drawn while its range grows ({@code draw h} together with {@code animate t}, on
 * {@code for x from 0 to t}) keeps its end at the point that runs along it: in the shipped
 * example, at every sampled moment the curve is drawn just behind the ball.
 */
class GrowingCurveTest {

    @Test
    void theCurveEndsAtTheBallWhileBothGrow() throws Exception {
        Timeline timeline = Frames.timeline(Path.of("../examples/axes-to-scale.lesson"));
        FrameRenderer renderer = new FrameRenderer();
        int sampled = 0;
        for (double time = 0.5; time < 6; time += 0.35) {
            FrameState frame = timeline.frameAt(time);
            Figure.Dot ball = frame.items().stream().filter(i -> i.name().equals("ball")).map(Item::figure)
                    .filter(Figure.Dot.class::isInstance).map(Figure.Dot.class::cast).findFirst().orElse(null);
            if (ball == null || ball.position().x() < 0.6 || ball.position().x() > 7.9) {
                continue; // the ball is not yet out, or has landed
            }
            sampled++;
            BufferedImage image = renderer.render(frame, 1280, 720);
            double x = ball.position().x() - 0.3;
            int pixel = Frames.at(image, frame, x, 40 * x - 4 * x * x);
            int r = (pixel >> 16) & 0xFF;
            int g = (pixel >> 8) & 0xFF;
            int b = pixel & 0xFF;
            assertTrue(r > 150 && g > 150 && b < 160, String.format(
                    "at %.2f s the yellow curve reaches the ball (t = %.2f): the pixel just behind it is #%06X", time,
                    ball.position().x(), pixel & 0xFFFFFF));
        }
        assertTrue(sampled >= 5, "the ball was sampled in flight " + sampled + " times");
    }
}
