package org.lessonstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.model.VideoFormat;
import org.lessonstudio.renderer.OutputSet;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * A lesson session rendered to a video with its settings: the footage found or made, every frame
 * drawn and encoded with the lesson's sound, and — for a whole lesson — the captions, chapters,
 * transcripts and provenance record beside it, all moved into place as one set
 * ({@link RenderOutputs}) and, if asked, the record signed. The one way a video is made, whether
 * {@code lesson render}, course export or the preview's "Render scene" asks.
 *
 * <pre>
 * Rendered done = RenderJob.whole(session, settings, Path.of("sine.mp4")).run(listener);
 * </pre>
 */
public final class RenderJob {

    /** What a render tells as it goes; each has a default that ignores it. */
    public interface Listener {

        /** Where one shot's footage came from, once chosen (or made), before any frame is drawn. */
        default void footage(String line) {
        }

        /** After each frame is encoded. */
        default void framesDone(int done, int total) {
        }

        /** When every file is in place, before the record is signed. */
        default void rendered(Rendered rendered) {
        }
    }

    /**
     * What a render wrote.
     *
     * @param video   the video, in place
     * @param beside  the files beside it (captions, chapters, transcripts), in place
     * @param record  its provenance record; empty for a scene
     * @param format  its size and frame rate
     * @param seconds how long it is
     * @param frames  how many frames it has
     * @param took    how long rendering took, in seconds (footage not counted)
     * @param signed  the signed record beside it, when signing was asked for and done
     */
    public record Rendered(Path video, List<Path> beside, Optional<Path> record, VideoFormat format, double seconds,
                           int frames, double took, Optional<Path> signed) { }

    /**
     * A segment made apart, to be joined: its file, and the frames it must hold and the SHA-256 it
     * had when it was made (checked before joining, so a truncated or changed file is found).
     */
    public record Segment(Path file, int frames, String sha256) { }

    private static final int WHOLE = -1;
    private static final int SEGMENT = -2;
    private static final int JOINED = -3;

    private final LessonSession session;
    private final RenderSettings settings;
    private final Path target;
    private final int scene;
    /** For a segment: its first frame and how many; otherwise 0 and 0. */
    private final int first;
    private final int count;
    /** For a whole lesson joined from segments: the segments; otherwise empty. */
    private final List<Segment> segments;

    private RenderJob(LessonSession session, RenderSettings settings, Path target, int scene) {
        this(session, settings, target, scene, 0, 0, List.of());
    }

    private RenderJob(LessonSession session, RenderSettings settings, Path target, int scene, int first, int count,
                      List<Segment> segments) {
        this.session = session;
        this.settings = settings;
        this.target = target;
        this.scene = scene;
        this.first = first;
        this.count = count;
        this.segments = List.copyOf(segments);
    }

    /** The whole lesson, with every file beside the video. */
    public static RenderJob whole(LessonSession session, RenderSettings settings, Path target) {
        return new RenderJob(session, settings, target, WHOLE);
    }

    /** One scene (counted from 0) as a video on its own, with the lesson's footage and sound. */
    public static RenderJob scene(LessonSession session, int scene, RenderSettings settings, Path target) {
        if (scene < 0 || scene >= session.timeline().scenes().size()) {
            throw new IllegalArgumentException("the lesson has no scene " + (scene + 1));
        }
        return new RenderJob(session, settings, target, scene);
    }

    /**
     * Frames {@code first} to {@code first + count} as a silent video segment starting on a key
     * frame, to be joined with the others by {@link #assemble}; nothing is written beside it.
     */
    public static RenderJob segment(LessonSession session, RenderSettings settings, Path target, int first,
                                    int count) {
        int frames = session.timeline().frameCount(settings.video(session.lesson().video()).fps());
        if (first < 0 || count < 1 || first + count > frames) {
            throw new IllegalArgumentException("the lesson has frames 0 to " + (frames - 1) + ", not " + first
                    + " to " + (first + count - 1));
        }
        return new RenderJob(session, settings, target, SEGMENT, first, count, List.of());
    }

    /**
     * The whole lesson, its video joined from {@code segments} (in order, made by {@link #segment}
     * with the same settings) without encoding them again, its sound mixed and encoded once, and
     * every file beside it as {@link #whole} writes them.
     */
    public static RenderJob assemble(LessonSession session, RenderSettings settings, Path target,
                                     List<Segment> segments) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("there are no segments to join");
        }
        return new RenderJob(session, settings, target, JOINED, 0, 0, segments);
    }

    /** The video's size and frame rate: the settings over the lesson's header. */
    public VideoFormat format() {
        return settings.video(session.lesson().video());
    }

    /** Every file the render writes or replaces, with what each is. */
    public List<OutputGuard.Output> outputs() {
        if (scene == SEGMENT) {
            return List.of(new OutputGuard.Output(target, "the segment"));
        }
        return scene < 0 ? RenderOutputs.of(target) : List.of(new OutputGuard.Output(target, "the scene's video"));
    }

    /**
     * Renders and puts the files in place. Nothing is written when it stops, except that a failed
     * signature leaves the rendered files (told to the listener) unsigned.
     */
    public Rendered run(Listener listener) throws Stopped, IOException {
        if (Files.isDirectory(target)) {
            throw Stopped.refused(target + " is a folder; give a file name for the video");
        }
        List<LessonInputs.Input> inputs = new ArrayList<>(session.inputs());
        inputs.addAll(LessonInputs.templates(settings.footage().templates(), "a prompt template"));
        Optional<String> refused = OutputGuard.refusal(outputs(), inputs);
        if (refused.isPresent()) {
            throw Stopped.refused(refused.get());
        }
        if (scene == JOINED) {
            Optional<String> wrong = Segments.problem(segments, session.timeline().frameCount(format().fps()));
            if (wrong.isPresent()) {
                throw Stopped.refused(wrong.get(), "nothing was written");
            }
        }
        Optional<Path> signer = settings.sign() ? Signing.tool(session.env()) : Optional.empty();
        if (settings.sign() && signer.isEmpty()) {
            throw Stopped.refused(Signing.missing());
        }
        VideoFormat video = format();
        LessonFootage footage;
        try {
            footage = LessonFootage.make(session.timeline(), video, settings.footage(), session.env(),
                    listener::footage);
        } catch (LessonFootage.Missing e) {
            throw e.mistakes.isEmpty() ? Stopped.refused(e.getMessage()) : Stopped.mistakes(e.mistakes);
        }
        Rendered rendered;
        try (footage) {
            rendered = render(footage, video, listener);
        }
        listener.rendered(rendered);
        if (signer.isEmpty()) {
            return rendered;
        }
        try {
            Path signed = Signing.sign(signer.get(), target, Provenance.fileFor(target));
            return new Rendered(rendered.video(), rendered.beside(), rendered.record(), rendered.format(),
                    rendered.seconds(), rendered.frames(), rendered.took(), Optional.of(signed));
        } catch (IOException e) {
            throw Stopped.refused(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Stopped.refused();
        }
    }

    private Rendered render(LessonFootage footage, VideoFormat video, Listener listener) throws Stopped, IOException {
        Timeline timeline = session.timeline();
        OutputSet set = new OutputSet();
        Thread cleanup = new Thread(set::close, "lesson-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        long started = System.nanoTime();
        RenderOutputs.Staged staged;
        try (set) {
            if (scene == SEGMENT) {
                staged = RenderOutputs.stageScene(set, timeline, null, footage, video, settings.quality(), target,
                        first, count, listener::framesDone);
            } else if (scene == JOINED) {
                staged = RenderOutputs.stageJoined(set, timeline, session.narration(), footage, video, target,
                        segments);
            } else if (scene < 0) {
                staged = RenderOutputs.stage(set, timeline, session.narration(), footage, video,
                        settings.quality(), target, listener::framesDone);
            } else {
                ScenePlan plan = timeline.scenes().get(scene);
                int first = (int) Math.ceil(plan.start() * video.fps() - 1e-9);
                int end = Math.min(timeline.frameCount(video.fps()), (int) Math.ceil(plan.end() * video.fps() - 1e-9));
                staged = RenderOutputs.stageScene(set, timeline, session.sound(), footage, video, settings.quality(),
                        target, first, end - first, listener::framesDone);
            }
            set.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Stopped.refused("the render was stopped; nothing was written");
        } catch (IOException | RuntimeException e) {
            Optional<Diagnostic> mistake = NotDrawableReport.mistake(e, session.lesson());
            if (mistake.isPresent()) {
                throw Stopped.mistakes(List.of(mistake.get()), "nothing was written");
            }
            Optional<String> plain = WriteFailure.plain(e, target);
            if (plain.isPresent()) {
                throw Stopped.refused(plain.get() + "; nothing was written");
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw Stopped.failed(e, "the video could not be written: " + e.getMessage());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
        double seconds = scene == WHOLE || scene == JOINED ? timeline.duration()
                : staged.frames() / (double) video.fps();
        return new Rendered(target, staged.beside(), Optional.ofNullable(staged.record()), video, seconds,
                staged.frames(), (System.nanoTime() - started) / 1e9, Optional.empty());
    }
}
