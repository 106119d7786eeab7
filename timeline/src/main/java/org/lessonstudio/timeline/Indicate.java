package org.lessonstudio.timeline;

import java.util.List;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.timeline.frame.Affine;
import org.lessonstudio.timeline.frame.Tint;

/**
 * {@code indicate X}: the object swells a fifth and back, tinted yellow at the height of it. It
 * eases itself (a half sine), so its progress is taken unease.
 */
record Indicate(String target, List<String> group, double start, double duration, Easing easing, int seq)
        implements Track.Moving, Track.Restyling {

    @Override
    public double alpha(double t) {
        return linear(t);
    }

    @Override
    public Ends ends(Evaluator before) {
        return Ends.of(before.reference(target, group), null);
    }

    @Override
    public Affine apply(double alpha, Ends ends) {
        return Affine.scale(1 + 0.2 * Math.sin(Math.PI * alpha), ends.first());
    }

    @Override
    public Look apply(double alpha, Look before) {
        if (alpha >= 1) {
            return before; // over: no tint left
        }
        double nudge = Math.sin(Math.PI * alpha);
        return nudge > before.stroke().amount() ? new Look(before.color(), before.fill(), before.opacity(),
                before.fillOpacity(), before.thickness(), new Tint(ColorName.YELLOW, nudge), before.fillTint()) : before;
    }
}
