package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.source.Span;

/**
 * {@code animate t to 2 pi over 6s}: the value runs from where it was when the animation began to
 * its target, worked out at that same moment.
 */
record Animate(String value, Expr target, double start, double duration, Easing easing, int seq, Span span)
        implements Track.Valued {

    /** Where it starts and where it ends, found just before it starts. */
    double[] ends(Evaluator before) {
        double from = before.value(value);
        try {
            return new double[] {from, before.number(target)};
        } catch (NotDrawable e) {
            throw e.at(span, "the target of this `animate`");
        }
    }

    double apply(double alpha, double[] ends) {
        return ends[0] + (ends[1] - ends[0]) * alpha;
    }
}
