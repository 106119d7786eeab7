package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;

/**
 * Writing placed on the screen ({@code at top right}) moves as writing in the scene does:
 * {@code move note by (0, -2)} takes it down during the move, {@code move note to (0, 2)} takes
 * its middle there, and {@code fade out title toward above} slides the title card up as it fades.
 */
class ScreenWritingMovesTest {

    private final FrameRenderer renderer = new FrameRenderer();

    @Test
    void aNoteAtTopRightMovesByAndTo() {
        Timeline timeline = Frames.timeline("""
                lesson "Notes"
                  voice: none

                scene "Moves"
                  text note: "Top right note" at top right
                  show note
                  move note by (0, -2) over 1s
                  move note to (0, 2) over 1s
                  wait 1s
                """);
        double[] start = inkMiddle(timeline, 0.0);
        double[] during = inkMiddle(timeline, 0.5);
        double[] after = inkMiddle(timeline, 1.05);
        assertTrue(during[1] > start[1] + 10, "half way through `move … by (0, -2)` the note is lower: "
                + start[1] + " then " + during[1]);
        assertTrue(after[1] > during[1] + 10, "and lower still at its end: " + after[1]);
        BufferedImage end = renderer.render(timeline.frameAt(2.2), 640, 360);
        double[] there = inkMiddle(end);
        java.awt.geom.Point2D target = new Projection(timeline.frameAt(2.2).viewport(), 640, 360).worldToPixels()
                .transform(new java.awt.geom.Point2D.Double(0, 2), null);
        assertTrue(Math.abs(there[0] - target.getX()) < 12 && Math.abs(there[1] - target.getY()) < 12,
                "`move note to (0, 2)` puts its middle there: " + there[0] + ", " + there[1] + " against " + target);
    }

    @Test
    void aTitleFadingTowardAboveSlidesUp() {
        Timeline timeline = Frames.timeline("""
                lesson "Titles"
                  voice: none

                scene "Title"
                  title "Title card"
                  fade out title toward above over 2s
                """);
        double fadeStart = timeline.scenes().get(0).reveals().values().stream().flatMap(java.util.List::stream)
                .filter(r -> r.kind() == org.lessonstudio.dsl.model.Action.RevealKind.FADE_OUT)
                .mapToDouble(org.lessonstudio.timeline.RevealEvent::start).findFirst().orElseThrow();
        double[] before = inkMiddle(timeline, fadeStart);
        double[] during = inkMiddle(timeline, fadeStart + 0.8);
        assertTrue(during[1] < before[1] - 5, "the title card rises while it fades: " + before[1] + " then " + during[1]);
    }

    private double[] inkMiddle(Timeline timeline, double time) {
        return inkMiddle(renderer.render(timeline.frameAt(time), 640, 360));
    }

    /** The middle of what is drawn, weighted by how far each pixel is from the background. */
    private static double[] inkMiddle(BufferedImage image) {
        int background = image.getRGB(1, 1);
        double sx = 0;
        double sy = 0;
        double total = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                double w = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    w += Math.abs(((p >> shift) & 0xFF) - ((background >> shift) & 0xFF));
                }
                sx += w * x;
                sy += w * y;
                total += w;
            }
        }
        assertTrue(total > 0, "something is drawn");
        return new double[] {sx / total, sy / total};
    }
}
