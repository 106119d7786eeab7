package org.lessonstudio.studio;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import picocli.CommandLine;

/**
 * What a teacher sees when Lesson Studio itself fails: one line, and the path of a log that holds
 * the details for whoever fixes it. Never a stack trace on the terminal.
 */
final class InternalFailure implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (NotDrawableReport.print(e, cl.getErr())) {
            return ExitCode.LESSON_ERRORS;
        }
        Path log = write(e);
        String where = log == null ? "" : " Details are in " + log + ".";
        cl.getErr().println("lesson: something went wrong inside Lesson Studio (" + e.getClass().getSimpleName()
                + ")." + where);
        cl.getErr().flush();
        return ExitCode.FAILURE;
    }

    static Path write(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        try {
            Path folder = logFolder();
            Files.createDirectories(folder);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
            Path log = folder.resolve("lesson-" + stamp + ".log");
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
            return log;
        } catch (IOException | RuntimeException ignored) {
            return null;
        }
    }

    private static Path logFolder() {
        String state = System.getenv("XDG_STATE_HOME");
        if (state != null && !state.isBlank()) {
            return Path.of(state, "lesson-studio", "logs");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "lesson-studio", "logs");
    }
}
