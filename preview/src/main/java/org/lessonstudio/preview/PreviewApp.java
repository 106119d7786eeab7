package org.lessonstudio.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.renderer.AtomicOutput;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.PreviewLauncher;

/**
 * The JavaFX application behind {@code lesson preview}: opens the window on a lesson, watches the
 * lesson's folder, and (for {@code --screenshot}) saves a picture of the window and closes.
 */
public final class PreviewApp extends Application {

    /** What {@code lesson preview} asked for, in which environment; set before launching. */
    private record Launch(PreviewLauncher.Request request, Env env, PrintWriter out, PrintWriter err) { }

    private static volatile Launch launch;
    private static volatile int exitCode;
    private LessonWatcher watcher;

    /** Kept so the settings below are not collected away with their loggers. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.List.of(
            java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl"),
            java.util.logging.Logger.getLogger("java.util.prefs"));

    /** Opens the window as asked and returns, with the exit code, once it is closed. */
    static int run(PreviewLauncher.Request request, Env env, PrintWriter out, PrintWriter err) {
        Launch what = new Launch(request, env, out, err);
        // JavaFX warns that it runs from the class path, and Java notes that it made a settings
        // folder: neither means anything to a teacher.
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
        launch = what;
        exitCode = 0;
        Application.launch(PreviewApp.class);
        return exitCode;
    }

    @Override
    public void start(Stage stage) throws IOException {
        Path lesson = launch.request().lesson().toAbsolutePath().normalize();
        PreviewWindow window = open(stage, lesson, Preferences.userNodeForPackage(PreviewWindow.class), launch.env());
        watcher = watch(lesson, window, launch.env());
        stage.show();
        if (launch.request().at() != null) {
            window.model().seek(launch.request().at());
        }
        if (launch.request().screenshot() != null) {
            screenshotWhenReady(stage, window, launch.request().screenshot(), launch.out(), launch.err());
        }
    }

    /** Reloads the window's lesson on every save, until the watcher is closed. */
    public static LessonWatcher watch(Path lesson, PreviewWindow window, Env env) throws IOException {
        return new LessonWatcher(lesson.getParent(), Set.of(lesson), new LessonReloader(lesson, window,
                file -> LessonSession.forPreview(file, env)));
    }

    /** Opens the window on a lesson, with its mistakes over a placeholder if it has any. */
    public static PreviewWindow open(Stage stage, Path lesson, Preferences preferences, Env env) throws IOException {
        LessonSession.Opened opened = LessonSession.forPreview(SourceFile.read(lesson), env);
        if (opened instanceof LessonSession.Ready ready) {
            return new PreviewWindow(stage, lesson, ready.session(), preferences);
        }
        PreviewWindow window = new PreviewWindow(stage, lesson, Placeholder.session(env), preferences);
        if (opened instanceof LessonSession.Mistakes mistakes) {
            window.problems(mistakes.diagnostics());
        } else {
            window.failed(opened.said().strip());
        }
        return window;
    }

    private static void screenshotWhenReady(Stage stage, PreviewWindow window, Path target, PrintWriter out,
                                            PrintWriter err) {
        long started = System.nanoTime();
        new AnimationTimer() {
            private int settled;

            @Override
            public void handle(long now) {
                boolean ready = window.showsCurrentFrame();
                settled = ready ? settled + 1 : 0;
                boolean timedOut = now - started > 20_000_000_000L;
                if (settled < 5 && !timedOut) {
                    return;
                }
                stop();
                try {
                    writePng(stage.getScene().snapshot(null), target);
                    out.println("Wrote " + target + ".");
                } catch (IOException e) {
                    err.println("lesson: the screenshot could not be written: " + e.getMessage());
                    exitCode = 1;
                }
                if (timedOut) {
                    err.println("lesson: the frame was not ready after 20 s; the screenshot may be empty");
                    exitCode = 1;
                }
                out.flush();
                err.flush();
                Platform.exit();
            }
        }.start();
    }

    static void writePng(WritableImage snapshot, Path target) throws IOException {
        int w = (int) snapshot.getWidth();
        int h = (int) snapshot.getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader reader = snapshot.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        AtomicOutput.write(target, path -> ImageIO.write(image, "png", path.toFile()));
    }

    @Override
    public void stop() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
