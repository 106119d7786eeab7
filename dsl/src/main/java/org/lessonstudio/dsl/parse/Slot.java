package org.lessonstudio.dsl.parse;

/** One place in a clause's shape: a fixed word, or an expression, text, name or place to fill in. */
sealed interface Slot {

    record Word(String word) implements Slot { }

    record Expression() implements Slot { }

    record Text() implements Slot { }

    record Name() implements Slot { }

    record Place() implements Slot { }

    Slot EXPR = new Expression();
    Slot TEXT = new Text();
    Slot NAME = new Name();
    Slot PLACE = new Place();

    static Slot word(String w) {
        return new Word(w);
    }
}
