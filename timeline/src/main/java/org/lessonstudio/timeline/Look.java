package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.timeline.frame.Tint;

/**
 * How an object is drawn at a moment, as colour changes and nudges leave it: its colours, opacity,
 * fill opacity and thickness, and the tints on its stroke and fill while a change of colour (or a
 * nudge) runs.
 */
record Look(ColorName color, ColorName fill, double opacity, double fillOpacity, double thickness, Tint stroke,
            Tint fillTint) {

    static Look of(Style style) {
        return new Look(style.color(), style.fill(), style.opacity(), style.fillOpacity(), style.thickness(),
                Tint.NONE, Tint.NONE);
    }

    /** The style to draw with. */
    Style style(Style base) {
        return new Style(color, fill, thickness, base.dashed(), opacity, base.layer(), fillOpacity);
    }
}
