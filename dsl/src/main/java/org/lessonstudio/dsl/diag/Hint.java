package org.lessonstudio.dsl.diag;

import org.lessonstudio.dsl.source.Span;

/**
 * Advice that comes with a diagnostic, as data: its words (from the catalogue), the stretch of the
 * lesson it is about, and, when it suggests a fix, the text to put there ({@code circle} for
 * {@code cirle}), so an editor can offer to make it.
 *
 * @param replacement the suggested text for {@code span}, or null when the hint is not a fix
 */
public record Hint(String text, Span span, String replacement) {

    public boolean isFix() {
        return replacement != null;
    }
}
