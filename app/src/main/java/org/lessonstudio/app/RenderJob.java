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

    private final LessonSession session;
    private final RenderSettings settings;
    private final Path target;
    private final int scene;

    private RenderJob(LessonSession session, RenderSettings settings, Path target, int scene) {
        this.session = session;
        this.settings = settings;
        this.target = target;
        this.scene = scene;
    }

    /** The whole lesson, with every file beside the video. */
    public static RenderJob whole(LessonSession session, RenderSettings settings, Path target) {
        return new RenderJob(session, settings, target, -1);
    }

    /** One scene (counted from 0) as a video on its own, with the lesson's footage and sound. */
    public static RenderJob scene(LessonSession session, int scene, RenderSettings settings, Path target) {
        if (scene < 0 || scene >= session.timeline().scenes().size()) {
            throw new IllegalArgumentException("the lesson has no scene " + (scene + 1));
        }
        return new RenderJob(session, settings, target, scene);
    }

    /** The video's size and frame rate: the settings over the lesson's header. */
    public VideoFormat format() {
        return settings.video(session.lesson().video());
    }

    /** Every file the render writes or replaces, with what each is. */
    public List<OutputGuard.Output> outputs() {
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
            if (scene < 0) {
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
        double seconds = scene < 0 ? timeline.duration() : staged.frames() / (double) video.fps();
        return new Rendered(target, staged.beside(), Optional.ofNullable(staged.record()), video, seconds,
                staged.frames(), (System.nanoTime() - started) / 1e9, Optional.empty());
    }
}
