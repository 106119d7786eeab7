package org.lessonstudio.preview;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import java.util.function.Supplier;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.OutputNames;
import org.lessonstudio.app.RenderJob;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stills;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.dsl.model.VideoFormat;
import org.lessonstudio.timeline.ScenePlan;

/**
 * What the preview can make from where the playhead is: a still (PNG and SVG) of this frame, the
 * time on the clipboard, and a video of this scene alone — each through the application layer
 * ({@link Stills}, {@link RenderJob}), with the lesson's footage at hand and its sound, as
 * {@code lesson still} and {@code lesson render} make them. Files go beside the lesson; slow work
 * runs off the UI thread and reports on the status line.
 */
final class PreviewActions {

    /** How the preview renders a scene: the lesson's own settings, with only the footage at hand. */
    static final RenderSettings SCENE = RenderSettings.defaults().withFootage(new RenderSettings.Footage(
            RenderSettings.Sources.AT_HAND, 0, null));

    private final Path lesson;
    private final PreviewModel model;
    private final Supplier<LessonSession> session;
    private final Consumer<String> status;
    private final PreviewLog log;
    private volatile Consumer<Path> player = this::play;

    PreviewActions(Path lesson, PreviewModel model, Supplier<LessonSession> session, Consumer<String> status,
                   PreviewLog log) {
        this.lesson = lesson.toAbsolutePath();
        this.model = model;
        this.session = session;
        this.status = status;
        this.log = log;
    }

    /** The current time as a teacher would type it back: {@code 12.50s}. */
    String timeText() {
        return String.format(Locale.ROOT, "%.2fs", model.time());
    }

    void copyTime() {
        ClipboardContent content = new ClipboardContent();
        content.putString(timeText());
        Clipboard.getSystemClipboard().setContent(content);
        status.accept("Copied " + timeText() + ".");
    }

    void saveStill() {
        LessonSession shown = session.get();
        double time = model.time();
        VideoFormat video = shown.lesson().video();
        Path png = lesson.resolveSibling(base(time) + ".png");
        Path svg = lesson.resolveSibling(base(time) + ".svg");
        background("still", () -> {
            Stills.frame(shown, time, video.width(), video.height(), png);
            Stills.frame(shown, time, video.width(), video.height(), svg);
            status.accept("Saved " + png.getFileName() + " and " + svg.getFileName() + " beside the lesson.");
        });
    }

    private String base(double time) {
        String name = lesson.getFileName().toString();
        String stem = name.endsWith(".lesson") ? name.substring(0, name.length() - ".lesson".length()) : name;
        return stem + String.format(Locale.ROOT, "-%.2fs", time);
    }

    /** This scene as a video beside the lesson, with its footage and sound, opened in the system's player. */
    void renderScene() {
        LessonSession shown = session.get();
        int index = model.sceneIndex();
        ScenePlan scene = shown.timeline().scenes().get(index);
        Path out = OutputNames.scene(lesson, index + 1);
        status.accept("Rendering scene " + (index + 1) + " \u201C" + scene.scene().title() + "\u201D\u2026");
        background("scene render", () -> {
            int fps = shown.lesson().video().fps();
            RenderJob.Rendered rendered;
            try {
                rendered = RenderJob.scene(shown, index, SCENE, out).run(new RenderJob.Listener() {
                    @Override
                    public void framesDone(int done, int total) {
                        if (done % fps == 0 || done == total) {
                            status.accept(String.format(Locale.ROOT, "Rendering scene %d: %d%%", index + 1,
                                    done * 100 / total));
                        }
                    }
                });
            } catch (Stopped stopped) {
                status.accept("The scene was not rendered: " + String.join("; ", stopped.lines())
                        + (stopped.report().isEmpty() ? "" : " " + stopped.report().strip()));
                return;
            }
            status.accept("Rendered " + rendered.video().getFileName() + ".");
            player.accept(rendered.video());
        });
    }

    /** What is done with a rendered scene: opened in the system's video player, unless told otherwise. */
    void playWith(Consumer<Path> player) {
        this.player = player;
    }

    private void play(Path file) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
                return;
            }
            new ProcessBuilder("xdg-open", file.toString()).start();
        } catch (IOException | RuntimeException e) {
            status.accept("Rendered " + file + " (no video player could be opened).");
        }
    }

    /** Work that may be slow, off the UI thread, its failure reported rather than thrown. */
    private void background(String what, Task task) {
        Thread thread = new Thread(() -> {
            try {
                task.run();
            } catch (Exception e) {
                Path log = this.log.failure(what, e);
                status.accept("The " + what + " failed (" + e.getClass().getSimpleName() + "); details in " + log);
            }
        }, "lesson-preview-" + what.replace(' ', '-'));
        thread.setDaemon(true);
        thread.start();
    }

    @FunctionalInterface
    private interface Task {
        void run() throws Exception;
    }
}
