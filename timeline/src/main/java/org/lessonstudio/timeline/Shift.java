package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Placement;
import org.lessonstudio.timeline.frame.Affine;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/**
 * The slide of {@code fade in X from left} (arriving from a twelfth of the view's height away) or
 * {@code fade out X toward right} (leaving that way).
 */
record Shift(String target, Placement.Side side, boolean in, double start, double duration, Easing easing, int seq)
        implements Track.Moving {

    @Override
    public Ends ends(Evaluator before) {
        Viewport view = before.viewport();
        double d = (view.yMax() - view.yMin()) / 12;
        Vec offset = switch (side) {
            case LEFT -> new Vec(-d, 0);
            case RIGHT -> new Vec(d, 0);
            case ABOVE -> new Vec(0, d);
            case BELOW -> new Vec(0, -d);
        };
        return Ends.of(offset, null);
    }

    @Override
    public Affine apply(double alpha, Ends ends) {
        return Affine.translate(ends.first().times(in ? 1 - alpha : alpha));
    }
}
