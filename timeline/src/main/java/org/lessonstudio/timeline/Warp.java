package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.timeline.frame.Field;
import org.lessonstudio.timeline.frame.Figure;

/**
 * {@code warp grid to (x + sin(y), y + sin(x)) over 3s}: every point of the object goes from where
 * it is to where the formula sends it, a fraction {@code alpha} of the way, so its straight lines
 * bend as they go. The formula's values are worked out in the scene just before the warp starts.
 */
record Warp(String target, Expr to, double start, double duration, Easing easing, int seq) implements Track.Bending {

    @Override
    public Field field(Evaluator before) {
        return before.field(to);
    }

    @Override
    public Figure apply(double alpha, Field field, Figure figure) {
        return new Figure.Warped(figure, field, alpha);
    }
}
