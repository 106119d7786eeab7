package org.lessonstudio.dsl.ast;

import java.util.List;
import org.lessonstudio.dsl.lex.Token;
import org.lessonstudio.dsl.source.Span;

/** A line of the lesson header, {@code key: value}; the value is kept as written and as tokens. */
public record Setting(String key, Span keySpan, String value, List<Token> valueTokens, Span valueSpan) {

    public Setting {
        valueTokens = List.copyOf(valueTokens);
    }
}
