package org.lessonstudio.renderer;

/** How much care the encoder takes: {@code draft} is quick to check, {@code high} is for keeps. */
public enum Quality {
    DRAFT,
    STANDARD,
    HIGH
}
