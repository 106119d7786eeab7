package org.lessonstudio.dsl.check;

import org.lessonstudio.dsl.source.Span;

/** A name defined in a scene: a value or an object of some kind, and where it was defined. */
public record Symbol(String name, String kind, Span span) {

    /** The kind of an object whose kind word was misspelled (already reported). */
    public static final String UNKNOWN_KIND = "?";

    boolean isValue() {
        return kind.equals("value");
    }

    /** Its definition was already reported as wrong: uses of it should not be reported again. */
    boolean isUnknown() {
        return kind.equals(UNKNOWN_KIND);
    }
}
