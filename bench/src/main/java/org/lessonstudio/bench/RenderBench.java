package org.lessonstudio.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lessonstudio.media.Mp4Exporter;
import org.lessonstudio.renderer.Export;
import org.lessonstudio.renderer.ExportProgress;
import org.lessonstudio.renderer.FrameRenderer;
import org.lessonstudio.renderer.Quality;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * Render-and-encode speed against encode-only speed for the same 300 frames of the flagship at
 * 1080p30 and the default quality, then the peak memory of whole renders of the flagship and of
 * a lesson twice as long (each in a fresh JVM). Prints a table; run it with {@code bench/run}.
 */
public final class RenderBench {

    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final int FPS = 30;
    private static final int WINDOW = 300;

    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path lesson = Path.of(args.length > 0 ? args[0] : "examples/sine-from-unit-circle.lesson");
        Timeline timeline = timeline(lesson);
        ScenePlan busiest = timeline.scenes().get(0);
        for (ScenePlan scene : timeline.scenes()) {
            if (scene.duration() > busiest.duration()) {
                busiest = scene;
            }
        }
        int first = (int) Math.round((busiest.start() + busiest.duration() / 2) * FPS) - WINDOW / 2;
        Export export = new Export(timeline, WIDTH, HEIGHT, FPS);
        Path scratch = Files.createTempDirectory("lesson-bench");
        try {
            System.out.printf(Locale.ROOT, "%s, frames %d..%d (%.1f s to %.1f s), %dx%d, %d fps, quality standard%n",
                    timeline.lesson().title(), first, first + WINDOW, (double) first / FPS, (double) (first + WINDOW) / FPS, WIDTH, HEIGHT, FPS);
            export.run(new Mp4Exporter(scratch.resolve("warmup.mp4"), Quality.STANDARD), ExportProgress.NONE, first, 60);

            long start = System.nanoTime();
            export.run(new Mp4Exporter(scratch.resolve("a.mp4"), Quality.STANDARD), ExportProgress.NONE, first, WINDOW);
            double renderAndEncode = WINDOW / ((System.nanoTime() - start) / 1e9);

            FrameRenderer renderer = new FrameRenderer();
            BufferedImage reused = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
            long drawStart = System.nanoTime();
            for (int i = 0; i < WINDOW; i++) {
                renderer.renderInto(timeline.frameAt((double) (first + i) / FPS), reused);
            }
            double drawMs = (System.nanoTime() - drawStart) / 1e6 / WINDOW;

            List<BufferedImage> frames = new ArrayList<>();
            for (int i = 0; i < WINDOW; i++) {
                frames.add(renderer.render(timeline.frameAt((double) (first + i) / FPS), WIDTH, HEIGHT));
            }
            Mp4Exporter encoder = new Mp4Exporter(scratch.resolve("b.mp4"), Quality.STANDARD);
            encoder.start(WIDTH, HEIGHT, FPS);
            start = System.nanoTime();
            for (BufferedImage frame : frames) {
                encoder.frame(frame);
            }
            encoder.finish();
            double encodeOnly = WINDOW / ((System.nanoTime() - start) / 1e9);
            frames.clear();

            System.out.printf(Locale.ROOT, "  drawing alone (one thread):  %6.2f ms a frame%n", drawMs);
            System.out.printf(Locale.ROOT, "  (a) render + encode:         %6.1f fps%n", renderAndEncode);
            System.out.printf(Locale.ROOT, "  (b) encode only (in memory): %6.1f fps%n", encodeOnly);
            System.out.printf(Locale.ROOT, "  ratio a/b:                   %6.2f   (target >= 0.90)%n",
                    renderAndEncode / encodeOnly);

            Path twice = scratch.resolve("twice.lesson");
            Files.writeString(twice, doubled(Files.readString(lesson)));
            for (Path whole : new Path[] {lesson, twice}) {
                Timeline t = timeline(whole);
                long kib = peakRssOfWholeRender(whole, scratch.resolve("whole.mp4"));
                System.out.printf(Locale.ROOT, "Whole render of %s (%.1f s, %d frames): peak RSS %d MiB (target <= 1024)%n",
                        whole.getFileName().toString().startsWith("twice") ? "it twice over" : "the lesson",
                        t.duration(), t.frameCount(FPS), kib / 1024);
            }
        } finally {
            try (var files = Files.list(scratch)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(scratch);
        }
    }

    /** The lesson as every front end holds it (every check passed), laid out silently. */
    private static Timeline timeline(Path lesson) {
        return WholeRender.session(lesson).timeline();
    }

    /** The same lesson with its scenes written out twice: twice as long, same content. */
    static String doubled(String lesson) {
        int firstScene = lesson.indexOf("\nscene ");
        return lesson + "\n" + lesson.substring(firstScene + 1);
    }

    /** Runs a whole render in a fresh JVM, through the same render job as the `lesson` command, and reads its peak RSS. */
    private static long peakRssOfWholeRender(Path lesson, Path out) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), WholeRender.class.getName(), lesson.toString(), out.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("the whole render failed:\n" + output);
        }
        for (String line : output.split("\n")) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmHWM in:\n" + output);
    }
}
