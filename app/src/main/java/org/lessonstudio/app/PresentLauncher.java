package org.lessonstudio.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Opens {@code lesson present}: the lesson full screen, step by step. Like the preview, the window
 * lives in the preview module (with JavaFX) and is found here at run time ({@link ServiceLoader}).
 */
public interface PresentLauncher {

    /**
     * What {@code lesson present} asked for.
     *
     * @param lesson     the lesson file
     * @param screen     the screen to present on, 1 for the first
     * @param narration  whether the lesson's narration is heard (a teacher may speak themselves)
     * @param sceneEnds  whether to stop at the end of every scene too, not only at each {@code pause}
     * @param screenshot a PNG to save of the screen after {@code keys} are pressed, then close; or null
     * @param keys       keys to press before the screenshot (for docs and tests), such as {@code "RIGHT RIGHT B"}
     */
    record Request(Path lesson, int screen, boolean narration, boolean sceneEnds, Path screenshot, String keys) { }

    /** Opens the presentation and returns when it is left, with the exit code. */
    int open(Request request, Env env, PrintWriter out, PrintWriter err);

    /** The presentation window of this installation, if it has one. */
    static Optional<PresentLauncher> find() {
        return ServiceLoader.load(PresentLauncher.class).findFirst();
    }
}
