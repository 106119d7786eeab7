package org.lessonstudio.preview;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.PresentLauncher;
import org.lessonstudio.app.RenderSettings;

/**
 * The JavaFX application behind {@code lesson present}: checks and narrates the lesson as a render
 * would, opens {@link PresentWindow} full screen on the chosen screen (and the presenter view on
 * another, if there is one), and, for {@code --screenshot}, presses the keys asked for, waits for
 * the step to finish, saves the screen and closes.
 */
public final class PresentApp extends Application {

    private record Launch(PresentLauncher.Request request, Env env, PrintWriter out, PrintWriter err) { }

    private static volatile Launch launch;
    private static volatile int exitCode;

    static int run(PresentLauncher.Request request, Env env, PrintWriter out, PrintWriter err) {
        java.util.logging.Logger.getLogger("com.sun.javafx.application.PlatformImpl")
                .setLevel(java.util.logging.Level.SEVERE);
        launch = new Launch(request, env, out, err);
        exitCode = 0;
        Application.launch(PresentApp.class);
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        Launch what = launch;
        LessonSession.Opened opened = LessonSession.open(what.request().lesson(),
                new RenderSettings.Speech(null, what.request().narration()), what.env());
        what.err().print(opened.said());
        what.err().flush();
        if (!(opened instanceof LessonSession.Ready ready)) {
            exitCode = opened instanceof LessonSession.Mistakes ? 2 : 1;
            Platform.exit();
            return;
        }
        PresentWindow window = open(stage, ready.session(), what.request());
        stage.show();
        if (what.request().screenshot() != null) {
            screenshotAfterKeys(stage, window, what);
        }
    }

    /** Opens the presentation of a lesson ready to show, on the screen asked for. */
    static PresentWindow open(Stage stage, LessonSession session, PresentLauncher.Request request) {
        List<Screen> screens = PresentWindow.screens(request.screen());
        Stage presenter = screens.size() > 1 ? new Stage() : null;
        if (presenter != null) {
            presenter.setX(screens.get(1).getVisualBounds().getMinX() + 40);
            presenter.setY(screens.get(1).getVisualBounds().getMinY() + 40);
        }
        return new PresentWindow(stage, session, screens.get(0), request.narration(), request.sceneEnds(), presenter);
    }

    private static void screenshotAfterKeys(Stage stage, PresentWindow window, Launch what) {
        long started = System.nanoTime();
        java.util.Deque<String> keys = new java.util.ArrayDeque<>(java.util.Arrays.stream(
                what.request().keys() == null ? new String[0] : what.request().keys().strip().split("\\s+"))
                .filter(key -> !key.isEmpty()).toList());
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                boolean settled = window.shows() && !window.presentation().playing() && window.showsCurrentFrame();
                if (settled && !keys.isEmpty()) {
                    // one key at a time, each once the step before it has played, as a teacher clicks
                    String key = keys.poll();
                    KeyCode code;
                    try {
                        code = KeyCode.valueOf(key.toUpperCase(java.util.Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        what.err().println("lesson: `" + key + "` is not a key's name; use names such as RIGHT, LEFT,"
                                + " PAGE_DOWN, B, DIGIT2, ENTER");
                        what.err().flush();
                        exitCode = 1;
                        stop();
                        window.close();
                        Platform.exit();
                        return;
                    }
                    stage.getScene().getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED,
                            code.isDigitKey() ? key : "", key, code, false, false, false, false));
                    return;
                }
                boolean timedOut = now - started > 90_000_000_000L;
                if ((!settled || !keys.isEmpty()) && !timedOut) {
                    return;
                }
                stop();
                try {
                    PreviewApp.writePng(stage.getScene().snapshot(null), what.request().screenshot());
                    what.out().println("Wrote " + what.request().screenshot() + ".");
                } catch (IOException e) {
                    what.err().println("lesson: the screenshot could not be written: " + e.getMessage());
                    exitCode = 1;
                }
                what.out().flush();
                what.err().flush();
                window.close();
                Platform.exit();
            }
        }.start();
    }
}
