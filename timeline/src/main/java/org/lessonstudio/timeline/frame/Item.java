package org.lessonstudio.timeline.frame;

import org.lessonstudio.dsl.model.Style;

/**
 * One visible object in a frame: what it is, how it is styled, and how much of it shows. While its
 * colour changes (or it is nudged) its stroke, and its fill when the fill is its colour, are part
 * of the way toward another colour: {@code tint} and {@code fillTint}.
 */
public record Item(String name, Figure figure, Style style, Appearance appearance, Tint tint, Tint fillTint) {

    public Item(String name, Figure figure, Style style, Appearance appearance) {
        this(name, figure, style, appearance, Tint.NONE, Tint.NONE);
    }
}
