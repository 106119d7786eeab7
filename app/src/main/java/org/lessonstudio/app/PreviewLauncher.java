package org.lessonstudio.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Opens the live preview window. The window lives in its own module (with JavaFX, which nothing
 * else loads); the command line finds it here, through {@link ServiceLoader}, without depending on
 * it — so the two front ends never depend on each other, and a build without the preview still
 * runs every other command.
 */
public interface PreviewLauncher {

    /**
     * What {@code lesson preview} asked for.
     *
     * @param lesson     the lesson file
     * @param at         where to start, in seconds, or null for the beginning
     * @param screenshot a PNG to save of the window once the frame is shown, then close; or null
     */
    record Request(Path lesson, Double at, Path screenshot) { }

    /**
     * Opens the window and returns when it is closed, with the exit code; {@code out} and
     * {@code err} are the command's.
     */
    int open(Request request, Env env, PrintWriter out, PrintWriter err);

    /** The preview of this installation, if it has one. */
    static Optional<PreviewLauncher> find() {
        return ServiceLoader.load(PreviewLauncher.class).findFirst();
    }
}
