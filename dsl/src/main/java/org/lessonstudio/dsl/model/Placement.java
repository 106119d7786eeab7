package org.lessonstudio.dsl.model;

/**
 * Where a text, formula, number, table or picture sits: at a point of the scene, at a named place
 * on screen, or beside another object ({@code above P}, {@code right of wave.end}).
 */
public sealed interface Placement {

    record AtPoint(Expr point) implements Placement { }

    /** {@code at screen (x, y)}: screen units from the frame's centre, y up (the frame is 9 units tall). */
    record OnScreenAt(Expr point) implements Placement { }

    /** {@code at top right}: a place on the screen, kept clear of the frame's edge. */
    record OnScreen(ScreenPlace place) implements Placement { }

    /** Beside an object (its outline's edge) or a point, with a small gap. */
    record Beside(String object, Expr point, Side side) implements Placement { }

    /**
     * {@code below title}, {@code above title}: under or over the title card in the middle of the
     * frame (a card is an action, not an object, and fills the frame's width: only above or below).
     */
    record BesideTitle(Side side) implements Placement { }

    enum Side { ABOVE, BELOW, LEFT, RIGHT }
}
