package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.timeline.frame.Affine;

/**
 * {@code move X by (dx, dy)}: the object slides by that much, wherever it is. The amount is
 * worked out in the scene just before the slide starts.
 */
record Slide(String target, Expr by, double start, double duration, Easing easing, int seq)
        implements Track.Moving {

    @Override
    public Ends ends(Evaluator before) {
        return Ends.of(before.point(by), null);
    }

    @Override
    public Affine apply(double alpha, Ends ends) {
        return Affine.translate(ends.first().times(alpha));
    }
}
