package org.lessonstudio.timeline;

import java.util.List;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.timeline.frame.Affine;

/** {@code scale X by K [about P]}: the object grows or shrinks about P (or the point that stands for it). */
record Resize(String target, List<String> group, Expr about, Expr factor, double start, double duration,
              Easing easing, int seq) implements Track.Moving {

    @Override
    public Ends ends(Evaluator before) {
        return new Ends(about == null ? before.reference(target, group) : before.point(about), null,
                before.number(factor), java.util.List.of());
    }

    @Override
    public Affine apply(double alpha, Ends ends) {
        return Affine.scale(1 + (ends.amount() - 1) * alpha, ends.first());
    }
}
