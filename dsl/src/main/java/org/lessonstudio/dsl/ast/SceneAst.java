package org.lessonstudio.dsl.ast;

import java.util.List;
import org.lessonstudio.dsl.source.Span;

/** {@code scene "title"} and the statements indented under it. */
public record SceneAst(String title, Span titleSpan, List<Statement> body, Span span) {

    public SceneAst {
        body = List.copyOf(body);
    }
}
