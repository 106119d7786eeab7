package org.lessonstudio.app.farm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.TreeSet;
import org.lessonstudio.app.LessonInputs;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.dsl.model.Lesson;

/**
 * The hash of everything that goes into a lesson's video: its text, every file it reads (pictures,
 * sounds, its clips folder), the render's settings and Lesson Studio's build version. A course
 * export keeps it beside a built video to reuse it; a farm's worker compares it with the task's, so
 * a machine that sees other files than the one that checked the lesson refuses to render it.
 */
public final class InputsHash {

    /** Bumped when what a build folder holds changes. */
    private static final String VERSION = "lesson-studio 0.1.0 build 1";

    private InputsHash() {
    }

    /**
     * The settings as they are hashed, written as they were when a course's lessons were rendered by
     * running the command line, so that builds made then are still found fresh.
     */
    public static String key(RenderSettings settings) {
        return "Settings[size=" + settings.size() + ", quality=" + settings.quality().name().toLowerCase(Locale.ROOT)
                + ", noVoice=" + !settings.speech().voice() + ", offline=" + settings.footage().offline() + "]";
    }

    /** The hash of the lesson's text, the files it reads and the settings, in hex. */
    public static String of(Lesson lesson, RenderSettings settings) throws IOException {
        MessageDigest sha = sha256();
        sha.update((VERSION + "\n" + key(settings) + "\n").getBytes(StandardCharsets.UTF_8));
        sha.update(lesson.source().text().getBytes(StandardCharsets.UTF_8));
        for (Path file : new TreeSet<>(LessonInputs.readBy(lesson).stream()
                .map(LessonInputs.Input::file).toList())) {
            sha.update(('\n' + file.toString() + '\n').getBytes(StandardCharsets.UTF_8));
            if (Files.isRegularFile(file)) {
                // the bytes the checks read (and the frames will draw), not the path read again
                sha.update(org.lessonstudio.renderer.HeldInputs.bytes(file));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
