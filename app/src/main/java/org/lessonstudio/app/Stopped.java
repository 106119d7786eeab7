package org.lessonstudio.app;

import java.util.List;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;

/**
 * Why a render, a still or an export stopped before writing anything (or, for a signature, after),
 * told as a teacher reads it: the lesson's mistakes, positioned, then a sentence or two. A front
 * end prints {@link #report()} as it is and each of {@link #lines()} after {@code lesson: }.
 */
public final class Stopped extends Exception {

    private final boolean lessonMistake;
    private final String report;
    private final List<String> lines;

    private Stopped(boolean lessonMistake, String report, List<String> lines, Throwable failure) {
        super(String.join("\n", lines), failure);
        this.lessonMistake = lessonMistake;
        this.report = report;
        this.lines = List.copyOf(lines);
    }

    /** The lesson has mistakes (a teacher fixes them, as after {@code lesson check}). */
    public static Stopped mistakes(List<Diagnostic> mistakes, String... lines) {
        return new Stopped(true, DiagnosticPrinter.print(mistakes), List.of(lines), null);
    }

    /** The same, with the mistakes already written out (several files' worth). */
    public static Stopped mistakes(String report, String... lines) {
        return new Stopped(true, report, List.of(lines), null);
    }

    /** Something the teacher asked for cannot be done as asked (a file, a setting, a tool). */
    public static Stopped refused(String... lines) {
        return new Stopped(false, "", List.of(lines), null);
    }

    /** The same, after a report of what was found on the way. */
    public static Stopped refusedAfter(String report, String... lines) {
        return new Stopped(false, report, List.of(lines), null);
    }

    /** Lesson Studio failed; {@code failure} goes to the log for whoever fixes it. */
    public static Stopped failed(Throwable failure, String... lines) {
        return new Stopped(false, "", List.of(lines), failure);
    }

    /** True when the lesson itself is the problem (exit code 2), false for anything else (1). */
    public boolean lessonMistake() {
        return lessonMistake;
    }

    /** Text to show first, as it is (positioned mistakes); may be empty. */
    public String report() {
        return report;
    }

    /** Sentences for the teacher, each shown after {@code lesson: }; may be empty. */
    public List<String> lines() {
        return lines;
    }

    /** A failure of Lesson Studio to log, or null. */
    public Throwable failure() {
        return getCause();
    }
}
