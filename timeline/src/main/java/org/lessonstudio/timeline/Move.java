package org.lessonstudio.timeline;

import java.util.List;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.timeline.frame.Affine;

/**
 * {@code move X to P}: the object slides so the point that stands for it (or, for several moved
 * as one, the middle of all of them) ends on P.
 */
record Move(String target, List<String> group, Expr to, double start, double duration, Easing easing, int seq)
        implements Track.Moving {

    @Override
    public Ends ends(Evaluator before) {
        return Ends.of(before.reference(target, group), before.point(to));
    }

    @Override
    public Affine apply(double alpha, Ends ends) {
        return Affine.translate(ends.second().minus(ends.first()).times(alpha));
    }
}
