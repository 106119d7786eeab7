package org.lessonstudio.timeline;

import java.util.List;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.timeline.frame.Affine;

/** {@code rotate X by A [about P]}: the object turns about P (or the point that stands for it). */
record Turn(String target, List<String> group, Expr about, Expr angle, double start, double duration, Easing easing,
            int seq) implements Track.Moving {

    @Override
    public Ends ends(Evaluator before) {
        return new Ends(about == null ? before.reference(target, group) : before.point(about), null,
                before.number(angle), java.util.List.of());
    }

    @Override
    public Affine apply(double alpha, Ends ends) {
        return Affine.rotate(ends.amount() * alpha, ends.first());
    }
}
