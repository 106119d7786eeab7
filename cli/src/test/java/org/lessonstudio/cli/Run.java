package org.lessonstudio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.lessonstudio.app.Env;
import picocli.CommandLine;

/** One run of the `lesson` command as a test sees it: exit code, standard output, standard error. */
record Run(int exitCode, String out, String err) {

    /**
     * The machine's environment (espeak-ng, fonts, the speech cache), with the clips and the logs
     * kept in target/ instead of the developer's own folders.
     */
    static final Env ENV = Env.fromProcess()
            .with("LESSON_FOOTAGE_CACHE", Path.of("target/footage-cache").toAbsolutePath().toString())
            .with("XDG_STATE_HOME", Path.of("target/state").toAbsolutePath().toString());

    static Run lesson(String... args) {
        return in(ENV, args);
    }

    /** The command run in an environment of the test's own. */
    static Run in(Env env, String... args) {
        CommandLine cl = LessonCommand.commandLine(env);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
