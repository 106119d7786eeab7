package org.lessonstudio.dsl.ast;

/** One place in a clause's shape: a fixed word, or an expression, text, name or place to fill in. */
public sealed interface Slot {

    record Word(String word) implements Slot { }

    record Expression() implements Slot { }

    record Text() implements Slot { }

    record Name() implements Slot { }

    record Place() implements Slot { }

    /** Expressions separated by commas, up to the next clause: {@code points A, B, (0, 1)}. */
    record ExprList() implements Slot { }

    /**
     * Names or texts, one or more, joined by {@code and} or by commas, up to the next clause:
     * {@code colors blue, yellow and red}.
     */
    record NameList() implements Slot { }

    /** {@code to} and an expression, if the word {@code to} comes next; nothing otherwise. */
    record OptionalTo() implements Slot { }

    /** A word and an expression, if that word comes next ({@code and 20}, {@code by 6}); nothing otherwise. */
    record OptionalWord(String word) implements Slot { }

    Slot EXPR = new Expression();
    Slot TEXT = new Text();
    Slot NAME = new Name();
    Slot PLACE = new Place();
    Slot LIST = new ExprList();
    Slot OPTIONAL_TO = new OptionalTo();
    Slot NAMES = new NameList();

    static Slot word(String w) {
        return new Word(w);
    }
}
