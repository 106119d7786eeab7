package org.lessonstudio.app.farm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.lessonstudio.app.FileHash;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.RenderJob;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.renderer.AtomicOutput;

/**
 * The two halves of a split render as plain commands, for a farm that is not ours (Kubernetes
 * Indexed Jobs, Flamenco, Deadline): {@code lesson render-segment} writes a segment and, beside it,
 * {@code SEGMENT.segment} naming its frames and SHA-256; {@code lesson assemble} checks each
 * segment against that record before it joins them.
 */
public final class SegmentRecord {

    private SegmentRecord() {
    }

    /** The record beside a segment. */
    public static Path recordFor(Path segment) {
        return segment.resolveSibling(segment.getFileName() + ".segment");
    }

    /** Renders scene {@code scene} (from 1) of the lesson, or frames {@code frames} when not null, to {@code target}. */
    public static RenderJob.Rendered render(LessonSession session, RenderSettings settings, Path target, int scene,
                                            RenderTask.Frames frames, RenderJob.Listener listener)
            throws Stopped, IOException {
        RenderTask.Frames range = frames;
        if (range == null) {
            var scenes = SplitRender.scenes(session.timeline(), settings.video(session.lesson().video()).fps());
            if (scene < 1 || scene > scenes.size()) {
                throw Stopped.refused("the lesson has scenes 1 to " + scenes.size() + " (as segments); there is no "
                        + scene);
            }
            range = scenes.get(scene - 1);
        }
        RenderJob.Rendered rendered;
        try {
            rendered = RenderJob.segment(session, settings, target, range.first(), range.count()).run(listener);
        } catch (IllegalArgumentException e) {
            throw Stopped.refused(e.getMessage());
        }
        String record = "first=" + range.first() + "\nframes=" + rendered.frames() + "\nsha256="
                + FileHash.sha256(rendered.video()) + "\n";
        AtomicOutput.write(recordFor(target), p -> Files.writeString(p, record, StandardCharsets.UTF_8));
        return rendered;
    }

    /** A segment as its record describes it, to be checked and joined. */
    public static RenderJob.Segment read(Path segment) throws Stopped {
        Path record = recordFor(segment);
        Properties values = new Properties();
        try (var in = Files.newBufferedReader(record, StandardCharsets.UTF_8)) {
            values.load(in);
            return new RenderJob.Segment(segment, Integer.parseInt(values.getProperty("frames", "-1").strip()),
                    values.getProperty("sha256", "").strip());
        } catch (IOException | NumberFormatException e) {
            throw Stopped.refused("cannot read " + record + ", the record lesson render-segment writes beside "
                    + segment.getFileName() + "; render that segment again");
        }
    }
}
