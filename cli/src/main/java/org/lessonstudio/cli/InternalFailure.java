package org.lessonstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.NotDrawableReport;
import org.lessonstudio.app.WriteFailure;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import picocli.CommandLine;

/**
 * What a teacher sees when Lesson Studio itself fails: one line, and the path of a log (in the
 * environment's log folder, {@link Env#logs()}) that holds the details for whoever fixes it.
 * Never a stack trace on the terminal.
 */
final class InternalFailure implements CommandLine.IExecutionExceptionHandler {

    private final Env env;

    InternalFailure(Env env) {
        this.env = env;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        var mistake = NotDrawableReport.mistake(e);
        if (mistake.isPresent()) {
            cl.getErr().print(DiagnosticPrinter.print(List.of(mistake.get())));
            cl.getErr().println("lesson: nothing was written");
            cl.getErr().flush();
            return ExitCode.LESSON_ERRORS;
        }
        var plain = WriteFailure.plain(e, null);
        if (plain.isPresent()) {
            cl.getErr().println("lesson: " + plain.get());
            cl.getErr().flush();
            return ExitCode.FAILURE;
        }
        Path log = write(e, env);
        String where = log == null ? "" : " Details are in " + log + ".";
        cl.getErr().println("lesson: something went wrong inside Lesson Studio (" + e.getClass().getSimpleName()
                + ")." + where);
        cl.getErr().flush();
        return ExitCode.FAILURE;
    }

    /** Writes the failure's trace to a new log file; returns it, or null when it could not be written. */
    static Path write(Throwable e, Env env) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        try {
            Path folder = env.logs();
            Files.createDirectories(folder);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
            Path log = folder.resolve("lesson-" + stamp + ".log");
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
            return log;
        } catch (IOException | RuntimeException ignored) {
            return null;
        }
    }
}
