package org.lessonstudio.timeline;

import java.util.List;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.timeline.frame.Affine;

/** {@code grow X [from P]}: the object grows from nothing about P (or the point that stands for it). */
record Grow(String target, List<String> group, Expr from, double start, double duration, Easing easing, int seq)
        implements Track.Moving {

    @Override
    public Ends ends(Evaluator before) {
        return Ends.of(from == null ? before.reference(target, group) : before.point(from), null);
    }

    @Override
    public Affine apply(double alpha, Ends ends) {
        return Affine.scale(Math.max(1e-6, alpha), ends.first());
    }
}
