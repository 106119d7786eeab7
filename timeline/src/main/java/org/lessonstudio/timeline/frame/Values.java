package org.lessonstudio.timeline.frame;

import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Shape;

/** What building a figure needs to know of its moment: numbers, points and the other objects then. */
public interface Values {

    double number(Expr e);

    /** A curve's formula at {@code x}, the value of its parameter. */
    double number(Expr e, double x);

    Vec point(Expr e);

    /**
     * A formula in the plane's {@code x} and {@code y} with everything else in it (values, other
     * objects' parts) worked out now.
     */
    Field field(Expr e);

    /**
     * A number about to be written on the frame (a live number, a table's cell): itself when it is
     * finite; otherwise the lesson cannot be drawn at this moment, and the object's line says so.
     */
    double written(double number);

    /** The geometry of another object of the scene at this moment. */
    Figure figure(String name);

    Shape shape(String name);

    /** The part of the plane the scene shows. */
    Viewport viewport();

    /** The frame the scene is shown in (for the size of writing in the scene). */
    Screen screen();
}
