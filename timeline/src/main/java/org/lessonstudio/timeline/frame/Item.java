package org.lessonstudio.timeline.frame;

import org.lessonstudio.dsl.model.Style;

/** One visible object in a frame: what it is, how it is styled, and how much of it shows. */
public record Item(String name, Figure figure, Style style, Appearance appearance) { }
