package org.lessonstudio.renderer;

import java.awt.geom.Rectangle2D;

/**
 * A piece of writing the renderer drew in a frame, and the box its ink takes there, in pixels
 * from the top left: what a viewer reads, for checking that no two pieces sit on each other.
 *
 * @param text what it says
 * @param kind what sort of writing it is
 * @param box  the box around its ink (the whole of it, even while it is still being written)
 */
public record DrawnText(String text, Kind kind, Rectangle2D box) {

    /** The sorts of writing in a frame. */
    public enum Kind {
        /** Writing the teacher placed (text, formulas, readouts, tables): it stays where it was put. */
        WRITING,
        /** A title card's words. */
        TITLE,
        /** A number on an axis or a number line. */
        NUMBER,
        /** A short name the renderer places: a point's, an angle's, a brace's, an axis's, a bar's. */
        LABEL
    }
}
