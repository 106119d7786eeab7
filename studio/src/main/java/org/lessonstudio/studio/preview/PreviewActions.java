package org.lessonstudio.studio.preview;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.lessonstudio.dsl.model.VideoFormat;
import org.lessonstudio.media.Mp4Exporter;
import org.lessonstudio.renderer.Export;
import org.lessonstudio.renderer.ExportProgress;
import org.lessonstudio.renderer.Quality;
import org.lessonstudio.renderer.SvgExport;
import org.lessonstudio.studio.Stills;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * What the preview can make from where the playhead is: a still (PNG and SVG) of this frame, the
 * time on the clipboard, and a video of this scene alone. Files go beside the lesson; slow work
 * runs off the UI thread and reports on the status line.
 */
final class PreviewActions {

    private final Path lesson;
    private final PreviewModel model;
    private final Consumer<String> status;

    PreviewActions(Path lesson, PreviewModel model, Consumer<String> status) {
        this.lesson = lesson.toAbsolutePath();
        this.model = model;
        this.status = status;
    }

    private String stem() {
        String name = lesson.getFileName().toString();
        return name.endsWith(".lesson") ? name.substring(0, name.length() - ".lesson".length()) : name;
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
        Timeline timeline = model.timeline();
        double time = model.time();
        FrameState frame = timeline.frameAt(time);
        VideoFormat video = timeline.lesson().video();
        String base = stem() + String.format(Locale.ROOT, "-%.2fs", time);
        Path png = lesson.resolveSibling(base + ".png");
        Path svg = lesson.resolveSibling(base + ".svg");
        background("still", () -> {
            Stills.writePng(timeline, time, video.width(), video.height(), png);
            SvgExport.write(frame, video.width(), video.height(), svg);
            status.accept("Saved " + png.getFileName() + " and " + svg.getFileName() + " beside the lesson.");
        });
    }

    void renderScene() {
        Timeline timeline = model.timeline();
        int index = model.sceneIndex();
        ScenePlan scene = timeline.scenes().get(index);
        VideoFormat video = timeline.lesson().video();
        int fps = video.fps();
        int first = (int) Math.ceil(scene.start() * fps - 1e-9);
        int end = Math.min(timeline.frameCount(fps), (int) Math.ceil(scene.end() * fps - 1e-9));
        Path out = lesson.resolveSibling(stem() + "-scene-" + (index + 1) + ".mp4");
        status.accept("Rendering scene " + (index + 1) + " \u201C" + scene.scene().title() + "\u201D\u2026");
        background("scene render", () -> {
            ExportProgress progress = (done, total) -> {
                if (done % fps == 0 || done == total) {
                    status.accept(String.format(Locale.ROOT, "Rendering scene %d: %d%%", index + 1, done * 100 / total));
                }
            };
            new Export(timeline, video.width(), video.height(), fps)
                    .run(new Mp4Exporter(out, Quality.STANDARD), progress, first, end - first);
            status.accept("Rendered " + out.getFileName() + ".");
            open(out);
        });
    }

    private void open(Path file) {
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
                Path log = PreviewLog.failure(what, e);
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
