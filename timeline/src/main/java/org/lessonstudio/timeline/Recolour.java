package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.timeline.frame.Tint;

/**
 * {@code change X color C / opacity O / thickness T}: stroke, fill (when it is the object's
 * colour) and opacity all go smoothly from what they were to what they become.
 */
record Recolour(String target, ColorName color, Double opacity, Double thickness, double start, double duration,
                Easing easing, int seq) implements Track.Restyling {

    @Override
    public Look apply(double alpha, Look before) {
        ColorName stroke = before.color();
        ColorName fill = before.fill();
        Tint strokeTint = before.stroke();
        Tint fillTint = before.fillTint();
        if (color != null) {
            boolean fillFollows = before.fill() != null && before.fill() == before.color();
            if (alpha >= 1) {
                stroke = color;
                fill = fillFollows ? color : fill;
                strokeTint = Tint.NONE;
                fillTint = fillFollows ? Tint.NONE : fillTint;
            } else {
                strokeTint = new Tint(color, alpha);
                fillTint = fillFollows ? new Tint(color, alpha) : fillTint;
            }
        }
        double o = opacity == null ? before.opacity()
                : alpha >= 1 ? opacity : before.opacity() + (opacity - before.opacity()) * alpha;
        double t = thickness == null ? before.thickness()
                : alpha >= 1 ? thickness : before.thickness() + (thickness - before.thickness()) * alpha;
        return new Look(stroke, fill, o, t, strokeTint, fillTint);
    }
}
