package org.lessonstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.lessonstudio.media.Mp4Join;

/**
 * Checks the segments of a lesson before they are joined: each is there, has the SHA-256 it had
 * when it was made and holds the frames it should, and together they hold the lesson's frames. A
 * segment cut short (a worker lost while copying it, a full disk) is found here, never joined.
 */
final class Segments {

    private Segments() {
    }

    /** What is wrong with the segments, in a sentence, or empty when they can be joined. */
    static Optional<String> problem(List<RenderJob.Segment> segments, int lessonFrames) throws IOException {
        long total = 0;
        for (int i = 0; i < segments.size(); i++) {
            RenderJob.Segment segment = segments.get(i);
            String which = "segment " + (i + 1) + " (" + segment.file() + ")";
            if (!Files.isRegularFile(segment.file())) {
                return Optional.of(which + " is missing; render it again with lesson render-segment");
            }
            if (segment.sha256() != null && !segment.sha256().equalsIgnoreCase(FileHash.sha256(segment.file()))) {
                return Optional.of(which + " is not the file that was rendered (its SHA-256 differs: cut short or"
                        + " changed); render it again with lesson render-segment");
            }
            int frames = Mp4Join.frames(segment.file());
            if (frames != segment.frames()) {
                return Optional.of(which + " holds " + (frames < 0 ? "no readable" : String.valueOf(frames))
                        + " frames instead of " + segment.frames() + "; render it again with lesson render-segment");
            }
            total += frames;
        }
        if (total != lessonFrames) {
            return Optional.of("the segments hold " + total + " frames, but the lesson has " + lessonFrames
                    + "; join every segment of this lesson, in order");
        }
        return Optional.empty();
    }
}
