package org.lessonstudio.preview;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.app.LessonSession;

/**
 * Re-reads and re-checks the lesson after each save, on the watcher's thread (never the UI's), and
 * hands the result to the window: a new timeline to swap in whole, the mistakes to list over the
 * last good frame, or a failure of Lesson Studio itself (logged, the last good lesson kept).
 */
final class LessonReloader implements Runnable {

    private final Path lesson;
    private final PreviewWindow window;
    private final Function<SourceFile, LessonSession.Opened> checker;

    LessonReloader(Path lesson, PreviewWindow window, Function<SourceFile, LessonSession.Opened> checker) {
        this.lesson = lesson;
        this.window = window;
        this.checker = checker;
    }

    @Override
    public void run() {
        window.saveSeen();
        long started = System.nanoTime();
        try {
            LessonSession.Opened loaded = checker.apply(SourceFile.read(lesson));
            double millis = (System.nanoTime() - started) / 1e6;
            Platform.runLater(() -> {
                if (loaded instanceof LessonSession.Ready ready) {
                    window.reloaded(ready.session());
                    long warnings = ready.session().diagnostics().size();
                    window.status(String.format(Locale.ROOT, "Reloaded in %.0f ms%s", millis,
                            warnings == 0 ? "." : "; " + warnings + " warning" + (warnings == 1 ? "" : "s") + "."));
                } else if (loaded instanceof LessonSession.Mistakes mistakes) {
                    window.problems(mistakes.diagnostics());
                    window.status("The saved lesson has mistakes; showing the last good version.");
                } else {
                    window.status("The saved lesson could not be read again (" + loaded.said().strip()
                            + "); showing the last good version.");
                }
            });
        } catch (NoSuchFileException e) {
            // mid-save by an editor that renames: the next event brings the new file
        } catch (IOException | RuntimeException e) {
            Path log = window.log().failure("reloading " + lesson, e);
            Platform.runLater(() -> window.failed("Lesson Studio could not reload the lesson ("
                    + e.getClass().getSimpleName() + "); the last good version stays on screen.\nDetails are in "
                    + log + "."));
        }
    }
}
