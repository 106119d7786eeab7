package org.lessonstudio.timeline.frame;

import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Style;

/**
 * One visible object in a frame: what it is, how it is styled, and how much of it shows. While its
 * colour changes, it is {@code mix} of the way from its style's colour to {@code mixColor}.
 */
public record Item(String name, Figure figure, Style style, Appearance appearance, ColorName mixColor, double mix) {

    public Item(String name, Figure figure, Style style, Appearance appearance) {
        this(name, figure, style, appearance, null, 0);
    }
}
