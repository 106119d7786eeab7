package org.lessonstudio.studio;

import java.io.PrintWriter;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.timeline.NotDrawable;

/**
 * A frame that cannot be drawn ({@link NotDrawable}: a number that became infinite as the lesson
 * played) is a mistake in the lesson, shown like any other with its line and exit code 2,
 * however deep in a render it was found.
 */
final class NotDrawableReport {

    private NotDrawableReport() {
    }

    /** Prints the mistake, positioned in its lesson. */
    static void printMistake(NotDrawable notDrawable, PrintWriter err) {
        SourceFile file = notDrawable.source();
        err.print(file == null ? "lesson: " + notDrawable.getMessage() + "\n"
                : DiagnosticPrinter.print(java.util.List.of(notDrawable.diagnostic(file))));
        err.flush();
    }

    /** Prints the mistake if {@code failure} comes from one, and says whether it did. */
    static boolean print(Throwable failure, PrintWriter err) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof NotDrawable notDrawable) {
                SourceFile file = notDrawable.source();
                if (file == null) {
                    return false;
                }
                printMistake(notDrawable, err);
                err.println("lesson: nothing was written");
                err.flush();
                return true;
            }
        }
        return false;
    }
}
