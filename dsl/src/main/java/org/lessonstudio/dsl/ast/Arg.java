package org.lessonstudio.dsl.ast;

import java.util.List;
import org.lessonstudio.dsl.source.Span;

/** One filled slot of a clause: an expression, quoted text, a name, or a place on screen. */
public sealed interface Arg {

    Span span();

    record ExprArg(Expr expr) implements Arg {
        @Override
        public Span span() {
            return expr.span();
        }
    }

    record TextArg(String text, Span span) implements Arg { }

    record NameArg(String name, Span span) implements Arg { }

    /** {@code screen (x, y)}: a point in screen units from the frame's centre (9 units tall, y up). */
    record ScreenArg(Expr expr, Span span) implements Arg { }

    /** A place named in words, such as {@code top right} or {@code center}. */
    record PlaceArg(List<String> words, Span span) implements Arg {
        public PlaceArg {
            words = List.copyOf(words);
        }
    }
}
