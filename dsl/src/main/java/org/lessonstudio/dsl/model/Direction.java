package org.lessonstudio.dsl.model;

/** One arm of an angle mark: along a line, along an axis, or toward a point. */
public sealed interface Direction {

    /** Along a line, pointing away from the angle's vertex. */
    record AlongLine(String line) implements Direction { }

    /** Along the positive x or y axis. */
    record AlongAxis(Expr.Axis axis) implements Direction { }

    record Toward(Expr point) implements Direction { }
}
