package org.lessonstudio.timeline;

import java.util.List;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.timeline.frame.Affine;
import org.lessonstudio.timeline.frame.Tint;

/**
 * {@code indicate X}: tinted yellow at the height of it, and either swollen a fifth and back (a
 * dot, writing, a free shape) or, where its place is its meaning (a curve, a line, a region, a
 * shape against axes), left where it is with its stroke thickened ({@link IndicateWay}). It eases
 * itself (a half sine), so its progress is taken unease.
 */
record Indicate(String target, List<String> group, IndicateWay way, double start, double duration, Easing easing,
                int seq) implements Track.Moving, Track.Restyling {

    /** How much thicker a glowing stroke is at the height of it. */
    static final double GLOW_THICKNESS = 1.6;

    @Override
    public List<String> group() {
        return way == IndicateWay.GLOW ? List.of() : group;
    }

    @Override
    public double alpha(double t) {
        return linear(t);
    }

    @Override
    public Ends ends(Evaluator before) {
        return Ends.of(way == IndicateWay.GLOW ? null : before.reference(target, group), null);
    }

    @Override
    public Affine apply(double alpha, Ends ends) {
        return way == IndicateWay.GLOW ? Affine.IDENTITY
                : Affine.scale(1 + 0.2 * Math.sin(Math.PI * alpha), ends.first());
    }

    @Override
    public Look apply(double alpha, Look before) {
        if (alpha >= 1) {
            return before; // over: no tint left
        }
        double nudge = Math.sin(Math.PI * alpha);
        if (way == IndicateWay.GLOW) {
            Tint fillTint = nudge * 0.6 > before.fillTint().amount() ? new Tint(ColorName.YELLOW, nudge * 0.6)
                    : before.fillTint();
            return new Look(before.color(), before.fill(), before.opacity(), before.fillOpacity(),
                    before.thickness() * (1 + GLOW_THICKNESS * nudge),
                    nudge > before.stroke().amount() ? new Tint(ColorName.YELLOW, nudge) : before.stroke(), fillTint);
        }
        return nudge > before.stroke().amount() ? new Look(before.color(), before.fill(), before.opacity(),
                before.fillOpacity(), before.thickness(), new Tint(ColorName.YELLOW, nudge), before.fillTint()) : before;
    }
}
