package org.lessonstudio.dsl.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.dsl.source.Span;

/**
 * The sink every stage reports into. Stages never throw for a mistake in a lesson; they report
 * here and carry on, so one run shows the teacher every problem at once.
 */
public final class Diagnostics {

    private final SourceFile file;
    private final List<Diagnostic> all = new ArrayList<>();

    public Diagnostics(SourceFile file) {
        this.file = file;
    }

    public SourceFile file() {
        return file;
    }

    /** Reports an error whose text comes from the message catalogue under {@code code}. */
    public void error(Span span, String code, Object... args) {
        add(Severity.ERROR, span, code, args);
    }

    public void warning(Span span, String code, Object... args) {
        add(Severity.WARNING, span, code, args);
    }

    private void add(Severity severity, Span span, String code, Object... args) {
        String message = Messages.message(code, args);
        List<String> hints = Messages.hint(code, args).map(List::of).orElse(List.of());
        all.add(new Diagnostic(severity, code, file, span, message, hints));
    }

    /** Adds a hint to the most recent diagnostic (for example a suggested spelling). */
    public void hint(String text) {
        if (all.isEmpty()) {
            return;
        }
        Diagnostic last = all.remove(all.size() - 1);
        List<String> hints = new ArrayList<>(last.hints());
        hints.add(0, text);
        all.add(new Diagnostic(last.severity(), last.code(), last.file(), last.span(), last.message(), hints));
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    public int errorCount() {
        return (int) all.stream().filter(Diagnostic::isError).count();
    }

    /** Every diagnostic, in the order of the lesson's text. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()));
        return List.copyOf(copy);
    }
}
