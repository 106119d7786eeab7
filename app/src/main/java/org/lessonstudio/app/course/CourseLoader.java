package org.lessonstudio.app.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lessonstudio.app.CheckedLesson;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.dsl.course.Course;
import org.lessonstudio.dsl.course.CourseCompiler;
import org.lessonstudio.dsl.course.CourseLesson;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * Reads a course (a {@code course.lesson} file, or a folder holding one) and checks it and every
 * lesson it lists, each lesson once and through every check, collecting every mistake found in any
 * of them.
 */
public final class CourseLoader {

    /** The file a course folder holds. */
    public static final String FILE = "course.lesson";

    /**
     * A checked course with each lesson checked, or what stopped it.
     *
     * @param said           what to tell the teacher, as it is printed: every file's mistakes and warnings
     * @param lessonMistakes when there is no course: true if the course or a lesson has mistakes (or a
     *                       lesson cannot be read), false if the course file itself cannot be read
     */
    public record Loaded(Optional<Course> course, List<CheckedLesson> lessons, String said, boolean lessonMistakes) { }

    private CourseLoader() {
    }

    /** Whether {@code path} is a course: a folder with a course file, or a file that starts with {@code course}. */
    public static boolean isCourse(Path path) {
        if (Files.isDirectory(path)) {
            return Files.exists(path.resolve(FILE)); // not a file there (a pipe): said so by load, never read
        }
        try {
            if (!Files.isRegularFile(path)) {
                return false;
            }
            // The first few kilobytes say it (a course's first line); never read a huge file whole.
            try (java.io.InputStream in = Files.newInputStream(path)) {
                return CourseCompiler.isCourse(new String(in.readNBytes(8192), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return false;
        }
    }

    public static Loaded load(Path path, Env env) {
        Path file = Files.isDirectory(path) ? path.resolve(FILE) : path;
        SourceFile source;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a pipe or a device would be read forever: never opened
                return new Loaded(Optional.empty(), List.of(), "lesson: " + file + " is not a file (a pipe, a device "
                        + "or a folder), not a course file; give the course's folder or its " + FILE + "\n", false);
            }
            source = SourceFile.read(file);
        } catch (NoSuchFileException e) {
            return new Loaded(Optional.empty(), List.of(), "lesson: there is no course file " + file
                    + (Files.isDirectory(path) ? " (a course folder holds its list of lessons in " + FILE + ")" : "")
                    + "\n", false);
        } catch (IOException e) {
            return new Loaded(Optional.empty(), List.of(), "lesson: cannot read " + file + ": " + e.getMessage() + "\n",
                    false);
        }
        CourseCompiler.Result result = CourseCompiler.compile(source);
        StringBuilder said = new StringBuilder(DiagnosticPrinter.print(result.diagnostics()));
        boolean broken = !result.ok();
        List<CheckedLesson> lessons = new ArrayList<>();
        if (result.ok()) {
            for (CourseLesson lesson : result.course().get().lessons()) {
                try {
                    CheckedLesson checked = LessonSession.read(lesson.file(), env);
                    said.append(DiagnosticPrinter.print(checked.diagnostics()));
                    if (checked.ok()) {
                        lessons.add(checked);
                    } else {
                        broken = true;
                    }
                } catch (LessonSession.Unreadable e) {
                    said.append("lesson: ").append(e.getMessage()).append('\n');
                    broken = true;
                }
            }
        }
        return broken ? new Loaded(Optional.empty(), List.of(), said.toString(), true)
                : new Loaded(result.course(), lessons, said.toString(), false);
    }
}
