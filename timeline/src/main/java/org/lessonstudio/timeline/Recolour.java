package org.lessonstudio.timeline;

import java.util.Objects;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.timeline.frame.Tint;

/**
 * {@code change X color C / fill F / opacity O / fill opacity O / thickness T}: stroke, fill (with
 * the colour when it was the object's colour, or alone) and opacities all go smoothly from what
 * they were to what they become.
 */
record Recolour(String target, ColorName color, ColorName newFill, Double opacity, Double newFillOpacity,
                Double thickness, double start, double duration, Easing easing, int seq) implements Track.Restyling {

    @Override
    public Look apply(double alpha, Look before) {
        ColorName stroke = before.color();
        ColorName fill = before.fill();
        Tint strokeTint = before.stroke();
        Tint fillTint = before.fillTint();
        boolean fillFollows = before.fill() != null && Objects.equals(before.fill(), before.color());
        if (color != null) {
            if (alpha >= 1) {
                stroke = color;
                strokeTint = Tint.NONE;
            } else {
                strokeTint = new Tint(color, alpha);
            }
        }
        ColorName fillTo = newFill != null ? newFill : fillFollows ? color : null;
        if (fillTo != null) {
            if (fill == null) {
                // A shape without a fill gains one: it shades in from nothing.
                fill = fillTo;
                fillTint = Tint.NONE;
            } else if (alpha >= 1) {
                fill = fillTo;
                fillTint = Tint.NONE;
            } else {
                fillTint = new Tint(fillTo, alpha);
            }
        }
        double o = opacity == null ? before.opacity()
                : alpha >= 1 ? opacity : before.opacity() + (opacity - before.opacity()) * alpha;
        double fillStart = before.fill() == null ? 0 : before.fillOpacity();
        double fo = newFillOpacity == null && !(before.fill() == null && fillTo != null) ? before.fillOpacity()
                : fillBetween(alpha, fillStart, newFillOpacity == null ? before.fillOpacity() : newFillOpacity);
        double t = thickness == null ? before.thickness()
                : alpha >= 1 ? thickness : before.thickness() + (thickness - before.thickness()) * alpha;
        return new Look(stroke, fill, o, fo, t, strokeTint, fillTint);
    }

    private static double fillBetween(double alpha, double from, double to) {
        return alpha >= 1 ? to : from + (to - from) * alpha;
    }
}
