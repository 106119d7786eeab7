package org.lessonstudio.app;

import java.nio.file.Path;
import java.util.Locale;

/** Where Lesson Studio puts what it makes when the teacher does not say: beside the lesson, named after it. */
public final class OutputNames {

    private OutputNames() {
    }

    /** The lesson's file name with another ending, in the lesson's folder: sine.lesson → sine.mp4. */
    public static Path beside(Path lesson, String suffix) {
        String name = lesson.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path folder = lesson.toAbsolutePath().getParent();
        return folder.resolve(stem + suffix);
    }

    /** The video of a lesson in a language: {@code sine.mp4}, or {@code sine.zh.mp4} for another than its own. */
    public static Path video(Path lesson, String language, String lessonsOwn) {
        return beside(lesson, language.equals(lessonsOwn) ? ".mp4" : "." + language + ".mp4");
    }

    /** A still of the lesson at a moment: {@code sine-45s.png}, {@code sine-12.50s.png}. */
    public static Path still(Path lesson, double at, String extension) {
        return beside(lesson, String.format(Locale.ROOT, "-%.2fs", at).replace(".00s", "s") + extension);
    }

    /** A video of one scene (counted from 1): {@code sine-scene-2.mp4}. */
    public static Path scene(Path lesson, int number) {
        return beside(lesson, "-scene-" + number + ".mp4");
    }
}
