package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

/** A stroke being drawn: the first part of a path by length. */
class PartialPathTest {

    @Test
    void aQuarterOfASquareIsItsFirstSide() {
        Rectangle2D.Double square = new Rectangle2D.Double(0, 0, 10, 10);
        assertEquals(40, PartialPath.length(square), 1e-9);
        Rectangle2D bounds = PartialPath.of(square, 0.25).getBounds2D();
        assertEquals(10, bounds.getWidth(), 1e-9);
        assertEquals(0, bounds.getHeight(), 1e-9);
    }

    @Test
    void halfALineEndsInItsMiddle() {
        Path2D.Double half = (Path2D.Double) PartialPath.of(new Line2D.Double(0, 0, 100, 50), 0.5);
        assertEquals(50, half.getCurrentPoint().getX(), 1e-9);
        assertEquals(25, half.getCurrentPoint().getY(), 1e-9);
    }
}
