package org.lessonstudio.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.lessonstudio.app.Env;
import org.lessonstudio.preview.LessonWatcher;
import org.lessonstudio.preview.PreviewApp;
import org.lessonstudio.preview.PreviewWindow;

/**
 * The preview's two promises, measured on the real window (JavaFX on Monocle, software
 * rendering, as in the tests): a saved one-word edit of the flagship is on screen within 300 ms,
 * and playback at 1280x720 keeps up with 30 fps.
 */
public final class PreviewBench {

    private PreviewBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1920x1200-32");
        Env env = Env.fromProcess();
        Path flagship = Path.of(args.length > 0 ? args[0] : "examples/sine-from-unit-circle.lesson");
        Path folder = Files.createTempDirectory("lesson-preview-bench");
        Path lesson = folder.resolve("sine.lesson");
        Files.copy(flagship, lesson);
        String text = Files.readString(lesson);

        CompletableFuture<PreviewWindow> opened = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                PreviewWindow window = PreviewApp.open(stage, lesson,
                        Preferences.userRoot().node("lesson-studio-bench"), env);
                stage.setWidth(1500);
                stage.setHeight(1000);
                stage.show();
                opened.complete(window);
            } catch (Exception e) {
                opened.completeExceptionally(e);
            }
        });
        PreviewWindow window = opened.get(30, TimeUnit.SECONDS);
        LessonWatcher watcher = PreviewApp.watch(lesson, window, env);
        try {
            fx(() -> {
                window.model().seek(45);
                return null;
            });
            waitFor(() -> window.showsCurrentFrame(), 10_000);
            int[] size = fx(window::renderSize);
            System.out.printf(Locale.ROOT, "Preview of the flagship, frames drawn at %dx%d%n", size[0], size[1]);

            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int reloads = fx(() -> window.model().reloads());
                String edited = text.replace("highest point", i % 2 == 0 ? "top point" : "highest point");
                long saved = System.nanoTime();
                Files.writeString(lesson, edited);
                waitFor(() -> window.model().reloads() > reloads && window.showsCurrentFrame(), 5_000);
                latencies.add((System.nanoTime() - saved) / 1e6);
                text = edited;
                Thread.sleep(150);
            }
            Collections.sort(latencies);
            System.out.printf(Locale.ROOT, "  save to frame on screen, one-word edit: median %.0f ms, worst %.0f ms"
                    + " (target <= 300 ms; %d saves)%n", latencies.get(latencies.size() / 2),
                    latencies.get(latencies.size() - 1), latencies.size());

            double start = fx(() -> window.model().timeline().scenes().get(1).start());
            int shownBefore = fx(() -> {
                window.model().seek(start);
                window.model().togglePlay();
                return window.framesShown();
            });
            int droppedBefore = fx(window::droppedFrames);
            long began = System.nanoTime();
            Thread.sleep(10_000);
            int shown = fx(window::framesShown) - shownBefore;
            int dropped = fx(window::droppedFrames) - droppedBefore;
            double seconds = (System.nanoTime() - began) / 1e9;
            fx(() -> {
                window.model().togglePlay();
                return null;
            });
            System.out.printf(Locale.ROOT, "  playback for %.0f s: %.1f frames shown a second, %d dropped"
                    + " (target 30 fps)%n", seconds, shown / seconds, dropped);
        } finally {
            watcher.close();
            Platform.exit();
            Files.deleteIfExists(lesson);
            Files.deleteIfExists(folder);
        }
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition, long millis) throws Exception {
        long end = System.currentTimeMillis() + millis;
        while (!fx(condition)) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("timed out waiting for the preview");
            }
            Thread.sleep(2);
        }
    }
}
