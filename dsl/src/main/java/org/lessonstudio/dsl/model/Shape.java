package org.lessonstudio.dsl.model;

import org.lessonstudio.dsl.source.Span;

/**
 * An object a scene can show. Objects start hidden; actions reveal, write, fade and hide them.
 * Their geometry is given by expressions, re-evaluated for every frame, so a point defined on a
 * circle at angle {@code t} moves whenever {@code t} is animated.
 */
public sealed interface Shape {

    String name();

    Style style();

    /** Where the object is defined, for messages. */
    Span span();

    /** The coordinate system of the scene: {@code axes xy: x from -1.5 to 7.5, y from -1.5 to 1.5}. */
    record Axes(String name, double xMin, double xMax, double yMin, double yMax, Style style, Span span)
            implements Shape { }

    record Circle(String name, Expr center, Expr radius, Style style, Span span) implements Shape { }

    /** A dot, at a point or on a circle at an angle; {@code label} may be empty. */
    record Point(String name, Expr position, String label, Style style, Span span) implements Shape { }

    record Line(String name, Expr from, Expr to, Style style, Span span) implements Shape { }

    /** An angle mark at {@code vertex}, turning counter-clockwise from one arm to the other. */
    record Angle(String name, Expr vertex, Direction from, Direction to, double radius, String label, Style style,
                 Span span) implements Shape { }

    /** {@code y = f(x) for x from a to b}; the ends may move with values. */
    record Curve(String name, Expr function, Expr xFrom, Expr xTo, Style style, Span span) implements Shape { }

    /** Plain text; {@code size} is the letter height in screen units. */
    record Text(String name, String text, Placement placement, double size, Style style, Span span)
            implements Shape { }

    /** A formula in LaTeX, typeset without a TeX installation. */
    record Tex(String name, String tex, Placement placement, double size, Style style, Span span)
            implements Shape { }

    /** A title card: large centred text, with an optional subtitle. */
    record Title(String name, String text, String subtitle, Style style, Span span) implements Shape { }
}
