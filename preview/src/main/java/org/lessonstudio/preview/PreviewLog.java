package org.lessonstudio.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import org.lessonstudio.app.Env;

/**
 * Where the preview records its own failures: one file in the environment's log folder
 * ({@link Env#logs()}), so the window can point to it.
 */
public record PreviewLog(Path file) {

    /** {@code preview.log} in the environment's log folder. */
    public static PreviewLog in(Env env) {
        return new PreviewLog(env.logs().resolve("preview.log"));
    }

    /** Appends a failure with its stack trace; returns the log's path for the message on screen. */
    public Path failure(String what, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, LocalDateTime.now() + " " + what + "\n" + trace + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ignored) {
            // the message on screen still says what failed
        }
        return file;
    }
}
