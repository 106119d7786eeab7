package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The label solver on its own: a 640 by 360 frame whose caption band starts at 312 pixels. */
class LabelPlacesTest {

    private static LabelPlaces frame() {
        return new LabelPlaces(640, 312, 2);
    }

    @Test
    void aLabelTakesItsUsualPlaceWhenItIsFree() {
        Rectangle2D box = frame().place("A", 20, 16, LabelPlaces.around(300, 200, 15, 1));
        // north-east of the point: its left edge right of it, its bottom above it
        assertTrue(box.getX() > 300 && box.getMaxY() < 200, box.toString());
    }

    @Test
    void aLabelKeepsOffWritingNumbersAndOtherLabels() {
        LabelPlaces places = frame();
        places.fixed(new DrawnText("a point", DrawnText.Kind.WRITING, new Rectangle2D.Double(290, 160, 80, 30)));
        places.fixed(new DrawnText("2", DrawnText.Kind.NUMBER, new Rectangle2D.Double(310, 205, 10, 14)));
        Rectangle2D first = places.place("A", 20, 16, LabelPlaces.around(300, 200, 15, 1));
        Rectangle2D second = places.place("B", 20, 16, LabelPlaces.around(300, 200, 15, 1));
        for (DrawnText other : places.drawn()) {
            for (Rectangle2D label : List.of(first, second)) {
                assertTrue(other.box() == label || !other.box().intersects(label),
                        label + " overlaps " + other.text() + " at " + other.box());
            }
        }
    }

    @Test
    void aLabelAtTheFrameEdgeTurnsInsteadOfBeingPushedAgainstIt() {
        LabelPlaces places = frame();
        places.obstacle(new Rectangle2D.Double(630, 96, 8, 8));
        Rectangle2D box = places.place("h(t)", 40, 16, LabelPlaces.around(634, 100, 15, 1));
        assertTrue(box.getMaxX() < 634, "to the left of its point: " + box);
        assertTrue(!box.intersects(new Rectangle2D.Double(630, 96, 8, 8)), box.toString());
    }

    @Test
    void aLabelStaysAboveTheCaptionBand() {
        Rectangle2D box = frame().place("P", 20, 16, LabelPlaces.around(300, 310, 15, 6));
        assertTrue(box.getMaxY() <= 312, box.toString());
    }

    @Test
    void theSameFrameGivesTheSamePlaces() {
        Rectangle2D first = null;
        for (int i = 0; i < 3; i++) {
            LabelPlaces places = frame();
            places.fixed(new DrawnText("x", DrawnText.Kind.WRITING, new Rectangle2D.Double(305, 170, 40, 20)));
            Rectangle2D box = places.place("A", 20, 16, LabelPlaces.around(300, 200, 15, 1));
            assertTrue(!box.intersects(new Rectangle2D.Double(305, 170, 40, 20)), box.toString());
            if (first == null) {
                first = box;
            }
            assertEquals(first, box);
        }
    }
}
