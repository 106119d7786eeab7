package org.lessonstudio.timeline.frame;

import org.lessonstudio.dsl.model.ColorName;

/** A colour an object is part of the way toward while its colour changes, or while it is nudged. */
public record Tint(ColorName color, double amount) {

    public static final Tint NONE = new Tint(null, 0);

    public boolean isNone() {
        return color == null || amount <= 0;
    }
}
