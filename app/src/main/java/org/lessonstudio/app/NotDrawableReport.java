package org.lessonstudio.app;

import java.util.Optional;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.app.check.InputChecks;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.renderer.PictureFailed;
import org.lessonstudio.timeline.NotDrawable;

/**
 * A frame that cannot be drawn ({@link NotDrawable}: a number that became infinite as the lesson
 * played; or a picture that cannot be decoded now, {@link PictureFailed}) is a mistake in the lesson, shown like any other with its line and exit code 2,
 * however deep in a render it was found.
 */
public final class NotDrawableReport {

    private NotDrawableReport() {
    }

    /**
     * The same, and also a picture that could not be drawn ({@link PictureFailed}), shown at the
     * line of the lesson that names it.
     */
    public static Optional<Diagnostic> mistake(Throwable failure, Lesson lesson) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof PictureFailed picture) {
                return InputChecks.pictureMistake(lesson, picture.file(), picture.reason());
            }
        }
        return mistake(failure);
    }

    /** The mistake, positioned in its lesson, if {@code failure} comes from one that knows its lesson. */
    public static Optional<Diagnostic> mistake(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof NotDrawable notDrawable) {
                SourceFile file = notDrawable.source();
                return file == null ? Optional.empty() : Optional.of(notDrawable.diagnostic(file));
            }
        }
        return Optional.empty();
    }
}
