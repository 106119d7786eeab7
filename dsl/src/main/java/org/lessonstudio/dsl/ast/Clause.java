package org.lessonstudio.dsl.ast;

import java.util.List;
import org.lessonstudio.dsl.source.Span;

/**
 * One comma-separated part of a definition or action, led by a keyword:
 * {@code radius 1}, {@code on unit at angle t}, {@code color yellow}, {@code over 6s}.
 * A clause that is only quoted text (a text's contents) has the keyword {@code ""}.
 */
public record Clause(String keyword, Span keywordSpan, List<Arg> args, Span span) {

    public Clause {
        args = List.copyOf(args);
    }
}
