package org.lessonstudio.dsl.ast;

import java.util.List;
import org.lessonstudio.dsl.source.Span;

/** What an action acts on: a named object, or an object written in place ({@code write tex "…" at top}). */
public sealed interface Target {

    Span span();

    record Named(String name, Span span) implements Target { }

    record Inline(String kind, Span kindSpan, List<Clause> clauses, Span span) implements Target {
        public Inline {
            clauses = List.copyOf(clauses);
        }
    }
}
