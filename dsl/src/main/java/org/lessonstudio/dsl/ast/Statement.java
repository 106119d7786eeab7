package org.lessonstudio.dsl.ast;

import java.util.List;
import org.lessonstudio.dsl.source.Span;

/** One line of a scene (with the lines indented under it, for {@code say} and {@code together}). */
public sealed interface Statement {

    Span span();

    /**
     * {@code circle unit: center (0, 0), radius 1}. {@code complete} is false when the line had a
     * mistake the parser already reported: the name is still defined, so using it elsewhere gives
     * no second message, but the object itself is not checked.
     */
    record Definition(String kind, Span kindSpan, String name, Span nameSpan, List<Clause> clauses, boolean complete,
                      Span span) implements Statement {
        public Definition {
            clauses = List.copyOf(clauses);
        }
    }

    /**
     * {@code value t = 0}. {@code complete} is false when its expression had a mistake the parser
     * already reported: the name is still defined, but not checked.
     */
    record Value(String name, Span nameSpan, Expr initial, boolean complete, Span span) implements Statement { }

    /**
     * An action: {@code draw xy, unit}; {@code fade out P over 2s}; {@code animate t to 2 pi over 6s};
     * {@code say "…"} with the actions nested under it. {@code verb} is {@code fade in} or
     * {@code fade out} for fades.
     */
    record Action(String verb, Span verbSpan, List<Target> targets, List<Clause> options, List<Statement> block,
                  Span span) implements Statement {
        public Action {
            targets = List.copyOf(targets);
            options = List.copyOf(options);
            block = List.copyOf(block);
        }
    }
}
