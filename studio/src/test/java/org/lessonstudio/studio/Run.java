package org.lessonstudio.studio;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the `lesson` command as a test sees it: exit code, standard output, standard error. */
record Run(int exitCode, String out, String err) {

    static Run lesson(String... args) {
        CommandLine cl = LessonCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
