package org.lessonstudio.app.farm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.RenderJob;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * One lesson rendered in pieces ({@code lesson render --split scenes}): cut at its scenes' first
 * frames into segments that a backend renders side by side (each a video of its own, starting on a
 * key frame, silent), then joined without encoding them again, the sound mixed and encoded once for
 * the whole lesson, and every file beside the video written as a whole render writes it
 * ({@link RenderJob#assemble}). The segments are kept in a hidden folder beside the video until
 * the join is done.
 */
public final class SplitRender {

    private SplitRender() {
    }

    /** The lesson's frames cut where its scenes start: one range per scene that has a frame of its own. */
    public static List<RenderTask.Frames> scenes(Timeline timeline, int fps) {
        int total = timeline.frameCount(fps);
        List<Integer> starts = new ArrayList<>();
        for (ScenePlan scene : timeline.scenes()) {
            int first = (int) Math.ceil(scene.start() * fps - 1e-9);
            if (first < total && (starts.isEmpty() || first > starts.get(starts.size() - 1))) {
                starts.add(first);
            }
        }
        if (starts.isEmpty() || starts.get(0) != 0) {
            starts.add(0, 0);
        }
        List<RenderTask.Frames> ranges = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : total;
            ranges.add(new RenderTask.Frames(starts.get(i), end - starts.get(i)));
        }
        return ranges;
    }

    /** The folder beside {@code target} where its segments are made. */
    public static Path segmentsFolder(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".segments");
    }

    /**
     * Renders {@code session}'s lesson to {@code target} in scene segments on {@code backend}, then
     * joins them; {@code listener} hears the frames done across the segments and, at the end, what
     * was written.
     */
    public static RenderJob.Rendered run(LessonSession session, RenderSettings settings, Path target,
                                         RenderBackend backend, RenderJob.Listener listener)
            throws Stopped, IOException, InterruptedException {
        long started = System.nanoTime();
        Timeline timeline = session.timeline();
        int fps = settings.video(session.lesson().video()).fps();
        int total = timeline.frameCount(fps);
        Path folder = segmentsFolder(target);
        Files.createDirectories(folder);
        Path root = session.file().toAbsolutePath().normalize().getParent();
        String inputs = InputsHash.of(session.lesson(), settings);
        String file = root.relativize(session.file().toAbsolutePath().normalize()).toString();
        List<RenderTask> tasks = new ArrayList<>();
        List<RenderTask.Frames> ranges = scenes(timeline, fps);
        for (int i = 0; i < ranges.size(); i++) {
            Path segment = folder.resolve(String.format("segment-%03d.mp4", i + 1));
            tasks.add(new RenderTask(session.file().getFileName() + " part " + (i + 1), root.toString(), file, inputs,
                    TaskSettings.of(settings), ranges.get(i), root.relativize(segment).toString()));
        }
        try {
            List<TaskResult> results;
            try {
                results = backend.run(tasks, new RenderBackend.Listener() {
                    @Override
                    public void frames(long done) {
                        listener.framesDone((int) Math.min(done, total), total);
                    }
                });
            } catch (TaskFailed e) {
                throw Stopped.refused(e.getMessage(), "nothing was written");
            }
            StringBuilder mistakes = new StringBuilder();
            results.stream().filter(TaskResult::mistaken).forEach(r -> mistakes.append(r.mistakes()));
            if (!mistakes.isEmpty()) {
                throw Stopped.mistakes(mistakes.toString(), "nothing was written");
            }
            List<RenderJob.Segment> segments = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                segments.add(new RenderJob.Segment(tasks.get(i).outputFile(), results.get(i).frames(),
                        results.get(i).sha256()));
            }
            RenderJob.Rendered signed = RenderJob.assemble(session, settings, target, segments)
                    .run(new RenderJob.Listener() {
                @Override
                public void footage(String line) {
                    listener.footage(line);
                }

                @Override
                public void rendered(RenderJob.Rendered rendered) {
                    listener.rendered(withTook(rendered, started));
                }
            });
            return withTook(signed, started);
        } finally {
            delete(folder);
        }
    }

    /** The same, timed from {@code started}: segments and join together. */
    private static RenderJob.Rendered withTook(RenderJob.Rendered r, long started) {
        return new RenderJob.Rendered(r.video(), r.beside(), r.record(), r.format(), r.seconds(), r.frames(),
                (System.nanoTime() - started) / 1e9, r.signed());
    }

    /** Removes a segments folder and what is in it. */
    static void delete(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
