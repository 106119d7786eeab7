package org.lessonstudio.dsl.model;

/** Where a text or formula sits: at a point in the scene's coordinates, or at a named place on screen. */
public sealed interface Placement {

    record AtPoint(Expr point) implements Placement { }

    /** {@code at top right}: a place on the screen, kept clear of the frame's edge. */
    record OnScreen(ScreenPlace place) implements Placement { }
}
