package org.lessonstudio.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.Stopped;

/** How a command prints what the application layer tells it, and the exit code that goes with it. */
final class Printed {

    private Printed() {
    }

    /**
     * Prints what opening a lesson found (warnings, or every mistake) and gives the session when it
     * is ready; otherwise the exit code is {@link #exitCode(LessonSession.Opened)}.
     */
    static Optional<LessonSession> opened(LessonSession.Opened opened, PrintWriter err) {
        err.print(opened.said());
        err.flush();
        return opened instanceof LessonSession.Ready ready ? Optional.of(ready.session()) : Optional.empty();
    }

    /** 0 for a lesson that opened, 2 for one with mistakes, 1 for anything else. */
    static int exitCode(LessonSession.Opened opened) {
        if (opened instanceof LessonSession.Ready) {
            return ExitCode.OK;
        }
        return opened instanceof LessonSession.Mistakes ? ExitCode.LESSON_ERRORS : ExitCode.FAILURE;
    }

    /** Prints why the work stopped (a failure of Lesson Studio's own is logged) and gives the exit code. */
    static int stopped(Stopped stopped, PrintWriter err, Env env) {
        err.print(stopped.report());
        for (String line : stopped.lines()) {
            err.println("lesson: " + line);
        }
        err.flush();
        if (stopped.failure() != null) {
            InternalFailure.write(stopped.failure(), env);
        }
        return stopped.lessonMistake() ? ExitCode.LESSON_ERRORS : ExitCode.FAILURE;
    }
}
