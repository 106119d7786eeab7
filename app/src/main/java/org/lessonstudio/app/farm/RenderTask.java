package org.lessonstudio.app.farm;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * One piece of a render farm's work, as a description rather than code: which lesson (its file
 * under a folder every machine sees at the same path, and the hash of its text and of everything
 * it reads, so a machine with other files refuses it), which frames, with which settings, and
 * where the video goes. Small enough to send anywhere; {@link TaskRunner} does it.
 *
 * @param name     the lesson as the teacher knows it (the course's entry), for progress and messages
 * @param root     the shared folder, absolute, the same on every machine
 * @param file     the lesson file, relative to {@code root}
 * @param inputs   the hash of the lesson's text, every file it reads and the settings ({@link InputsHash})
 * @param settings how to render
 * @param frames   which frames, or null for the whole lesson with every file beside its video
 * @param output   the video to write, relative to {@code root}
 */
public record RenderTask(String name, String root, String file, String inputs, TaskSettings settings,
                         Frames frames, String output) implements Serializable {

    /**
     * Frames {@code first} to {@code first + count} of the lesson, as a video segment with no sound
     * (a part to be joined by {@code lesson assemble}).
     */
    public record Frames(int first, int count) implements Serializable { }

    /** The lesson file on this machine. */
    public Path lessonFile() {
        return Path.of(root).resolve(file);
    }

    /** The video on this machine. */
    public Path outputFile() {
        return Path.of(root).resolve(output);
    }

    /** True for a whole lesson, false for a segment. */
    public boolean whole() {
        return frames == null;
    }
}
