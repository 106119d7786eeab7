package org.lessonstudio.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lessonstudio.app.captions.CaptionFiles;
import org.lessonstudio.dsl.model.VideoFormat;
import org.lessonstudio.media.AudioMix;
import org.lessonstudio.media.Mp4Join;
import org.lessonstudio.media.Mp4Exporter;
import org.lessonstudio.renderer.Export;
import org.lessonstudio.renderer.ExportProgress;
import org.lessonstudio.renderer.OutputSet;
import org.lessonstudio.renderer.Quality;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.voice.Narration;

/**
 * A render's files, written as one set ({@link OutputSet}): each to a temporary file first, then
 * moved into place in this order:
 * <ol>
 *   <li>a caption file an earlier render wrote that this lesson no longer has, and an earlier
 *       signed record ({@code NAME.c2pa}), are deleted;</li>
 *   <li>the captions ({@code NAME.vtt}, {@code NAME.srt}), chapters ({@code NAME.chapters.vtt})
 *       and transcripts ({@code NAME.transcript.md}, {@code .html});</li>
 *   <li>the video;</li>
 *   <li>last, the provenance record {@code NAME.provenance.json}, which names the SHA-256 of the
 *       video and of each file above.</li>
 * </ol>
 * A run killed while moving them leaves files that do not match the record beside them (the
 * earlier render's), and {@code lesson provenance} says so; a run killed before leaves the
 * earlier set untouched, and its temporary files are removed by the next run in the folder.
 */
final class RenderOutputs {

    /** What was staged: the files beside the video and the record, in place once the set is committed. */
    record Staged(List<Path> beside, Path record, int frames) { }

    private RenderOutputs() {
    }

    /** Every file a render of a whole lesson to {@code video} writes or replaces, for {@link OutputGuard}. */
    static List<OutputGuard.Output> of(Path video) {
        List<OutputGuard.Output> outputs = new ArrayList<>();
        outputs.add(new OutputGuard.Output(video, "the video"));
        CaptionFiles.beside(video).forEach(s -> outputs.add(new OutputGuard.Output(s.file(), s.what())));
        outputs.add(new OutputGuard.Output(Provenance.fileFor(video), "its provenance record"));
        outputs.add(new OutputGuard.Output(Signing.sidecarFor(video), "its signed record (C2PA)"));
        return outputs;
    }

    /**
     * Renders the lesson and writes every file of the set into {@code set}, ready to be committed;
     * nothing is in place until it is. Closing the set deletes everything written so far, the
     * video being encoded included.
     */
    static Staged stage(OutputSet set, Timeline timeline, Narration narration, LessonFootage footage,
                        VideoFormat video, Quality quality, Path target, ExportProgress progress)
            throws IOException, InterruptedException {
        Export export = new Export(timeline, video.width(), video.height(), video.fps(), footage);
        AudioMix audio = Voices.mix(timeline, narration);
        if (audio != null) {
            audio.normalise();
        }
        Mp4Exporter exporter = new Mp4Exporter(target, quality, audio).keepAside();
        exporter.text(CaptionFiles.insideVideo(timeline, narration.language())
                .withComment(Provenance.summary(timeline, narration, footage)));
        set.pending(exporter::partialFile);
        set.remove(Signing.sidecarFor(target));
        List<Path> beside = CaptionFiles.stage(set, timeline, target);
        export.run(exporter, progress);
        set.add(exporter.finished(), target);
        Path record = Provenance.stage(set, timeline, narration, footage, target);
        return new Staged(beside, record, export.frameCount());
    }

    /**
     * The whole lesson's set, its video joined from {@code segments} (checked already) with the
     * sound mixed and encoded once; the files beside it as {@link #stage} writes them.
     */
    static Staged stageJoined(OutputSet set, Timeline timeline, Narration narration, LessonFootage footage,
                              VideoFormat video, Path target, List<RenderJob.Segment> segments) throws IOException {
        AudioMix audio = Voices.mix(timeline, narration);
        if (audio != null) {
            audio.normalise();
        }
        set.remove(Signing.sidecarFor(target));
        List<Path> beside = CaptionFiles.stage(set, timeline, target);
        int[] frames = segments.stream().mapToInt(RenderJob.Segment::frames).toArray();
        Path joined = Mp4Join.join(segments.stream().map(RenderJob.Segment::file).toList(), frames, video.fps(),
                audio, CaptionFiles.insideVideo(timeline, narration.language())
                        .withComment(Provenance.summary(timeline, narration, footage)), target);
        set.add(joined, target);
        Path record = Provenance.stage(set, timeline, narration, footage, target);
        return new Staged(beside, record, java.util.Arrays.stream(frames).sum());
    }

    /**
     * Renders frames {@code first} to {@code first + count} (one scene) into {@code set} as a video
     * alone, its sound the lesson's from that moment on, ready to be committed. A scene has no
     * captions file or record of its own: it is a draft to look at, not a lesson to hand out.
     */
    static Staged stageScene(OutputSet set, Timeline timeline, AudioMix sound, LessonFootage footage,
                             VideoFormat video, Quality quality, Path target, int first, int count,
                             ExportProgress progress) throws IOException, InterruptedException {
        Export export = new Export(timeline, video.width(), video.height(), video.fps(), footage);
        AudioMix audio = sound == null ? null : sound.from(first / (double) video.fps());
        Mp4Exporter exporter = new Mp4Exporter(target, quality, audio).keepAside();
        set.pending(exporter::partialFile);
        export.run(exporter, progress, first, count);
        set.add(exporter.finished(), target);
        return new Staged(List.of(), null, count);
    }
}
