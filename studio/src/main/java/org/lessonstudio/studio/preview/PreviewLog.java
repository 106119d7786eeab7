package org.lessonstudio.studio.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

/** Where the preview records its own failures: one file, so the window can point to it. */
public final class PreviewLog {

    private PreviewLog() {
    }

    public static Path file() {
        String state = System.getenv("XDG_STATE_HOME");
        Path folder = state != null && !state.isBlank() ? Path.of(state, "lesson-studio", "logs")
                : Path.of(System.getProperty("user.home"), ".cache", "lesson-studio", "logs");
        return folder.resolve("preview.log");
    }

    /** Appends a failure with its stack trace; returns the log's path for the message on screen. */
    public static Path failure(String what, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        Path log = file();
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, LocalDateTime.now() + " " + what + "\n" + trace + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the message on screen still says what failed
        }
        return log;
    }
}
