package org.lessonstudio.renderer;

import java.awt.Shape;
import java.awt.geom.AffineTransform;

/**
 * A line of text turned into glyph outlines (vectors), with its baseline's left end at (0, 0).
 *
 * @param width   how far the text advances, in pixels
 * @param ascent  height above the baseline
 * @param descent depth below the baseline
 */
record TextRun(Shape outline, double width, double ascent, double descent) {

    /** The outline with its baseline's left end moved to (x, y). */
    Shape at(double x, double y) {
        return AffineTransform.getTranslateInstance(x, y).createTransformedShape(outline);
    }
}
