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

    /**
     * How many diagnostics are kept. A file of junk can hold a mistake on every character; past
     * this many only a count is kept (and shown as one last diagnostic), so reading and printing
     * stay fast and the first mistakes, usually the cause of the rest, stay in view.
     */
    public static final int SHOWN = 100;

    private final SourceFile file;
    private final List<Diagnostic> all = new ArrayList<>();
    private int dropped;
    private int droppedErrors;
    private Span firstDropped;

    public Diagnostics(SourceFile file) {
        this.file = file;
    }

    public SourceFile file() {
        return file;
    }

    /**
     * Reports why the file is not a lesson's text at all (too large, not UTF-8), if it is not;
     * then nothing else should be read from it.
     */
    public boolean reportUnreadable() {
        if (file.problem().isEmpty()) {
            return false;
        }
        SourceFile.Problem problem = file.problem().get();
        Span at = new Span(problem.offset(), Math.min(problem.offset() + 1, file.text().length()));
        if (problem instanceof SourceFile.TooLarge large) {
            long most = org.lessonstudio.dsl.source.Limits.FILE_BYTES;
            boolean near = megabytes(large.bytes()).equals(String.format(java.util.Locale.ROOT, "%.1f MB",
                    most / (1024.0 * 1024.0)));
            // Just over the limit, "2.0 MB, but at most 2 MB" reads as no mistake at all: say the bytes.
            error(at, "file.too-large", near ? bytes(large.bytes()) : megabytes(large.bytes()),
                    near ? bytes(most) + " (" + megabytes(most) + ")" : megabytes(most));
        } else if (problem instanceof SourceFile.NotUtf8 bad) {
            error(at, "file.not-utf8", String.format(java.util.Locale.ROOT, "0x%02X", bad.value()));
        }
        return true;
    }

    private static String bytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%,d bytes", bytes);
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? Long.toString((long) mb)
                : String.format(java.util.Locale.ROOT, "%.1f", mb)) + " MB";
    }

    /** Stretches of the lesson read more than once (the lines under a {@code repeat}). */
    private final List<Span> repeated = new ArrayList<>();

    /** Marks a stretch of the lesson that is read more than once, so its mistakes are shown once. */
    public void repeated(Span lines) {
        repeated.add(lines);
    }

    /** Reports an error whose text comes from the message catalogue under {@code code}. */
    public Report error(Span span, String code, Object... args) {
        return add(Severity.ERROR, span, code, args);
    }

    public Report warning(Span span, String code, Object... args) {
        return add(Severity.WARNING, span, code, args);
    }

    private Report add(Severity severity, Span span, String code, Object... args) {
        if (all.size() >= SHOWN) {
            dropped++;
            droppedErrors += severity == Severity.ERROR ? 1 : 0;
            firstDropped = firstDropped == null ? span : firstDropped;
            return new Report(-1, false);
        }
        String message = Messages.message(code, args);
        // A line inside a `repeat` is read once for each time round: its mistake is shown once,
        // though it may name the counter's number.
        if (repeated.stream().anyMatch(r -> r.start() <= span.start() && span.end() <= r.end())) {
            for (Diagnostic earlier : all) {
                if (earlier.span().equals(span) && earlier.code().equals(code)) {
                    return new Report(-1, false);
                }
            }
        }
        List<Hint> hints = Messages.hint(code, args).map(h -> List.of(new Hint(h, span, null))).orElse(List.of());
        all.add(new Diagnostic(severity, code, file, span, message, hints));
        return new Report(all.size() - 1, !hints.isEmpty());
    }

    /**
     * A diagnostic just reported, to which hints can be added: its own, never another's. Hints
     * come from the catalogue ({@code hint.…} keys) and go before the message's own hint.
     */
    public final class Report {

        private final int index;
        private final boolean catalogueHint;

        private Report(int index, boolean catalogueHint) {
            this.index = index;
            this.catalogueHint = catalogueHint;
        }

        /** Adds the catalogue's hint {@code hint.CODE}, about the diagnostic's own stretch. */
        public Report hint(String code, Object... args) {
            return add(new Hint(Messages.message("hint." + code, args), span(), null));
        }

        /** "did you mean `…`?", a fix that puts the suggestion in the place of what was written. */
        public Report didYouMean(java.util.Optional<String> suggestion) {
            suggestion.ifPresent(s -> add(new Hint(Messages.message("hint.did-you-mean", s), span(), s)));
            return this;
        }

        /** "did you mean `…`?" if there is a close word, otherwise the catalogue's hint {@code hint.CODE}. */
        public Report didYouMeanOr(java.util.Optional<String> suggestion, String code, Object... args) {
            return suggestion.isPresent() ? didYouMean(suggestion) : hint(code, args);
        }

        private Span span() {
            return index < 0 ? Span.at(0) : all.get(index).span();
        }

        private Report add(Hint hint) {
            if (index >= 0) {
                all.set(index, all.get(index).with(hint, catalogueHint));
            }
            return this;
        }
    }

    public boolean hasErrors() {
        return droppedErrors > 0 || all.stream().anyMatch(Diagnostic::isError);
    }

    public int errorCount() {
        return droppedErrors + (int) all.stream().filter(Diagnostic::isError).count();
    }

    /** Every diagnostic kept, in the order of the lesson's text, then how many more there were. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(Comparator.comparingInt((Diagnostic d) -> d.span().start()));
        if (dropped > 0) {
            copy.add(new Diagnostic(droppedErrors > 0 ? Severity.ERROR : Severity.WARNING, "too-many", file,
                    firstDropped, Messages.message("too-many", dropped, SHOWN), Messages.hint("too-many", dropped, SHOWN)
                            .map(h -> List.of(new Hint(h, firstDropped, null))).orElse(List.of()), droppedErrors));
        }
        return List.copyOf(copy);
    }
}
