package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;

/**
 * A point's name keeps off a line or curve drawn through its usual place (up and to the right):
 * a tester's half-life labels sat on the decay curve, a "peak" on its own graph.
 */
class LabelsKeepOffLinesTest {

    @Test
    void aLabelMovesOffALineThroughItsUsualPlace() {
        Timeline timeline = Frames.timeline("""
                lesson "Label and line"

                scene "One point"
                  point a: at (0, 0), label "Apex", color "#FFFFFF"
                  line l: from (0, 0) to (3, 3), color "#FF0000", thickness 0.05
                  show a, l
                  wait 1s
                """);
        BufferedImage image = new BufferedImage(960, 540, BufferedImage.TYPE_INT_RGB);
        List<DrawnText> drawn = new FrameRenderer().renderInto(timeline.frameAt(0.9), image);
        Rectangle2D label = drawn.stream().filter(d -> d.text().equals("Apex")).findFirst().orElseThrow().box();
        int red = 0;
        for (int y = (int) label.getMinY(); y < (int) label.getMaxY(); y++) {
            for (int x = (int) label.getMinX(); x < (int) label.getMaxX(); x++) {
                int p = image.getRGB(x, y);
                if (((p >> 16) & 0xFF) > 180 && ((p >> 8) & 0xFF) < 90 && (p & 0xFF) < 90) {
                    red++;
                }
            }
        }
        assertEquals(0, red, "no pixel of the red line inside the label's box " + label);
        assertTrue(label.getWidth() > 10, "the label is drawn");
    }
}
