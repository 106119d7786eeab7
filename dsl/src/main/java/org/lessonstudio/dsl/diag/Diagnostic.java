package org.lessonstudio.dsl.diag;

import java.util.List;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.dsl.source.Span;

/**
 * One problem found in a lesson, as data: where it is, what is wrong in plain words, and what
 * might fix it. {@link DiagnosticPrinter} turns it into text; nothing here knows about output.
 *
 * @param code   the key of the message in the catalogue ({@code messages.properties})
 * @param unshown how many more errors this one stands for: the count past the first
 *                {@link Diagnostics#SHOWN}, which only the last diagnostic carries; 0 otherwise
 */
public record Diagnostic(Severity severity, String code, SourceFile file, Span span, String message,
                         List<Hint> advice, int unshown) {

    public Diagnostic {
        advice = List.copyOf(advice);
    }

    public Diagnostic(Severity severity, String code, SourceFile file, Span span, String message, List<Hint> advice) {
        this(severity, code, file, span, message, advice, 0);
    }

    /** The words of each hint, in order. */
    public List<String> hints() {
        return advice.stream().map(Hint::text).toList();
    }

    /** The same diagnostic with one more hint, before its catalogue's own (which is last). */
    Diagnostic with(Hint hint, boolean catalogueHintLast) {
        List<Hint> more = new java.util.ArrayList<>(advice);
        more.add(catalogueHintLast && !more.isEmpty() ? more.size() - 1 : more.size(), hint);
        return new Diagnostic(severity, code, file, span, message, more, unshown);
    }

    public int line() {
        return file.line(span.start());
    }

    public int column() {
        return file.column(span.start());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** How many errors this diagnostic counts for in a summary: itself, or those it stands for. */
    public int errors() {
        return unshown > 0 ? unshown : isError() ? 1 : 0;
    }
}
