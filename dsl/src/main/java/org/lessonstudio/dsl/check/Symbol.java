package org.lessonstudio.dsl.check;

import org.lessonstudio.dsl.source.Span;

/** A name defined in a scene: a value or an object of some kind, and where it was defined. */
record Symbol(String name, String kind, Span span) {

    boolean isValue() {
        return kind.equals("value");
    }
}
