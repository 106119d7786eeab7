package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;

/**
 * A magnifier shows, in its box, the part of the scene under its frame made larger: what a viewer
 * sees there is the scene's own picture of that part, magnified, and it changes as the frame moves.
 */
class MagnifierTest {

    private static final int W = 960;
    private static final int H = 540;

    private static final String LESSON = """
            lesson "Magnifier"

            scene "Two shapes"
              circle c: center (-3, 0), radius 0.6, color "#FF0000", fill "#FF0000", fill opacity 1
              line l: from (-4, -0.2) to (-2, 0.3), color "#FFFF00", thickness 0.04
              square s: center (2, 0), side 1.2, color "#0000FF", fill "#0000FF", fill opacity 1
              magnifier m: center (-3, 0), size 1.6 by 0.9, zoom 3, shown at screen (3, -2.5), color "#00FF00", border "#00FF00"
              show c, l, s, m
              wait 1s
              move m by (5, 0) over 1s
              wait 1s
            """;

    @Test
    void theBoxShowsThePartUnderTheFrameMagnified() {
        Timeline timeline = Frames.timeline(LESSON);
        FrameRenderer renderer = new FrameRenderer();
        for (double t : new double[] {0.5, 2.5}) {
            FrameState frame = timeline.frameAt(t);
            BufferedImage image = renderer.render(frame, W, H);
            MagnifierPainter boxes = new MagnifierPainter(null, new Projection(frame.viewport(), W, H), null, null,
                    null);
            Figure.Magnifier m = magnifier(frame);
            Rectangle2D part = boxes.part(m);
            Rectangle2D shown = boxes.shown(m);
            assertTrue(!shown.intersects(part), "the box is away from the part it shows");
            assertTrue(Math.abs(shown.getWidth() / part.getWidth() - 3) < 0.01, "three times as wide");
            int same = 0;
            int samples = 0;
            int coloured = 0;
            // inside the box, away from its border and from the frame drawn round the part
            for (double u = 0.1; u <= 0.9; u += 0.02) {
                for (double v = 0.15; v <= 0.85; v += 0.035) {
                    int inBox = image.getRGB((int) (shown.getX() + u * shown.getWidth()),
                            (int) (shown.getY() + v * shown.getHeight()));
                    int inScene = image.getRGB((int) (part.getX() + u * part.getWidth()),
                            (int) (part.getY() + v * part.getHeight()));
                    samples++;
                    if (close(inBox, inScene)) {
                        same++;
                    }
                    if ((inScene & 0xFFFFFF) == 0xFF0000 || (inScene & 0xFFFFFF) == 0x0000FF) {
                        coloured++;
                    }
                }
            }
            assertTrue(coloured > samples / 4, "the part shows a shape at " + t + " s: " + coloured + " of " + samples);
            assertTrue(same > samples * 0.9, "the box matches the part magnified at " + t + " s: " + same + " of "
                    + samples);
        }
    }

    @Test
    void theBoxFollowsTheFrameAsItMoves() {
        Timeline timeline = Frames.timeline(LESSON);
        FrameRenderer renderer = new FrameRenderer();
        FrameState before = timeline.frameAt(0.5);
        FrameState after = timeline.frameAt(2.5);
        BufferedImage a = renderer.render(before, W, H);
        BufferedImage b = renderer.render(after, W, H);
        Rectangle2D shown = new MagnifierPainter(null, new Projection(before.viewport(), W, H), null, null, null)
                .shown(magnifier(before));
        int red = 0;
        int blue = 0;
        for (int y = (int) shown.getY() + 4; y < shown.getMaxY() - 4; y++) {
            for (int x = (int) shown.getX() + 4; x < shown.getMaxX() - 4; x++) {
                red += (a.getRGB(x, y) & 0xFFFFFF) == 0xFF0000 ? 1 : 0;
                blue += (b.getRGB(x, y) & 0xFFFFFF) == 0x0000FF ? 1 : 0;
            }
        }
        int area = (int) (shown.getWidth() * shown.getHeight());
        assertTrue(red > area / 3, "before the move the box shows the red circle: " + red);
        assertTrue(blue > area / 3, "after it, the blue square: " + blue);
    }

    private static Figure.Magnifier magnifier(FrameState frame) {
        for (Item item : frame.items()) {
            if (item.figure() instanceof Figure.Magnifier m) {
                return m;
            }
        }
        throw new AssertionError("no magnifier in the frame");
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 48) {
                return false;
            }
        }
        return true;
    }

    /** The bounding box of the pure red pixels in a frame's lower left quarter (the inset's border there). */
    private static java.awt.Rectangle redBoxLowerLeft(BufferedImage f) {
        java.awt.Rectangle box = null;
        for (int y = f.getHeight() / 2; y < f.getHeight(); y++) {
            for (int x = 0; x < f.getWidth() / 2; x++) {
                if ((f.getRGB(x, y) & 0xFFFFFF) == 0xFF0000) {
                    if (box == null) {
                        box = new java.awt.Rectangle(x, y, 1, 1);
                    } else {
                        box.add(x, y);
                    }
                }
            }
        }
        return box;
    }

    @Test
    void aCameraZoomLeavesTheBoxWhereItIs() {
        // the box is placed on the screen, like writing placed on the screen: a camera that zooms
        // in magnifies the scene, not the box (it once grew with the camera to cover the frame)
        Timeline timeline = Frames.timeline("""
                lesson "Magnifier and camera"

                scene "Zoom"
                  axes xy: x from -4 to 4, y from -3 to 3
                  magnifier m: center (0, 0), size 1 by 1, zoom 3, shown at bottom left, border "#FF0000"
                  show xy, m
                  camera zoom 3 over 1s
                  wait 1s
                """);
        FrameRenderer renderer = new FrameRenderer();
        java.awt.Rectangle before = redBoxLowerLeft(renderer.render(timeline.frameAt(0.5), W, H));
        java.awt.Rectangle after = redBoxLowerLeft(renderer.render(timeline.frameAt(1.9), W, H));
        assertTrue(before != null && after != null, "the box's border is drawn: " + before + ", " + after);
        assertTrue(Math.abs(before.width - after.width) <= 2 && Math.abs(before.height - after.height) <= 2
                && Math.abs(before.x - after.x) <= 2 && Math.abs(before.y - after.y) <= 2,
                "the same box before and after the zoom: " + before + " and " + after);
    }

    @Test
    void theBoxShowsTheScenesLabelsWhereTheSceneHasThem() {
        // the note sits on P's usual label place, so the scene puts "P" elsewhere; the box is a
        // picture of the scene, so it shows "P" magnified at that elsewhere, not at the usual place
        Timeline timeline = Frames.timeline("""
                lesson "Magnified label"

                scene "A point and a note"
                  point p: at (-3, 0), label "P", color "#FF00FF"
                  text note: "note" at (-2.7, 0.3), size 0.3
                  magnifier m: center (-3, 0), size 2 by 1.2, zoom 3, shown at screen (3, -2.5), border "#00FF00"
                  show p, note, m
                  wait 1s
                """);
        FrameState frame = timeline.frameAt(0.9);
        BufferedImage image = new FrameRenderer().render(frame, W, H);
        MagnifierPainter boxes = new MagnifierPainter(null, new Projection(frame.viewport(), W, H), null, null, null);
        Figure.Magnifier m = magnifier(frame);
        Rectangle2D part = boxes.part(m);
        Rectangle2D shown = boxes.shown(m);
        int magentaInBox = 0;
        int matched = 0;
        for (double u = 0.02; u <= 0.98; u += 0.01) {
            for (double v = 0.02; v <= 0.98; v += 0.01) {
                int inBox = image.getRGB((int) (shown.getX() + u * shown.getWidth()),
                        (int) (shown.getY() + v * shown.getHeight()));
                if (magenta(inBox)) {
                    magentaInBox++;
                    int x = (int) (part.getX() + u * part.getWidth());
                    int y = (int) (part.getY() + v * part.getHeight());
                    boolean near = false;
                    for (int dx = -2; dx <= 2 && !near; dx++) {
                        for (int dy = -2; dy <= 2 && !near; dy++) {
                            near = magenta(image.getRGB(x + dx, y + dy));
                        }
                    }
                    matched += near ? 1 : 0;
                }
            }
        }
        assertTrue(magentaInBox > 50, "the box shows P and its label: " + magentaInBox);
        assertTrue(matched > magentaInBox * 0.9, "what is magenta in the box is magenta in the part: " + matched
                + " of " + magentaInBox);
    }

    private static boolean magenta(int rgb) {
        return ((rgb >> 16) & 0xFF) > 180 && ((rgb >> 8) & 0xFF) < 90 && (rgb & 0xFF) > 180;
    }
}
