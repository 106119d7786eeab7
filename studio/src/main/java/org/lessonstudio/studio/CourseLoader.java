package org.lessonstudio.studio;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lessonstudio.dsl.course.Course;
import org.lessonstudio.dsl.course.CourseCompiler;
import org.lessonstudio.dsl.course.CourseLesson;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.app.CheckedLesson;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.LessonSession;

/**
 * Reads a course (a {@code course.lesson} file, or a folder holding one) and checks it and every
 * lesson it lists, printing every mistake found in any of them.
 */
final class CourseLoader {

    /** The file a course folder holds. */
    static final String FILE = "course.lesson";

    /** A checked course with each lesson's timeline, or the exit code to stop with. */
    record Loaded(Optional<Course> course, List<CheckedLesson> lessons, int exitCode) { }

    private CourseLoader() {
    }

    /** Whether {@code path} is a course: a folder with a course file, or a file that starts with {@code course}. */
    static boolean isCourse(Path path) {
        if (Files.isDirectory(path)) {
            return Files.isRegularFile(path.resolve(FILE));
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

    static Loaded load(Path path, PrintWriter err, Env env) {
        Path file = Files.isDirectory(path) ? path.resolve(FILE) : path;
        SourceFile source;
        try {
            source = SourceFile.read(file);
        } catch (NoSuchFileException e) {
            err.println("lesson: there is no course file " + file + (Files.isDirectory(path)
                    ? " (a course folder holds its list of lessons in " + FILE + ")" : ""));
            return new Loaded(Optional.empty(), List.of(), ExitCode.FAILURE);
        } catch (IOException e) {
            err.println("lesson: cannot read " + file + ": " + e.getMessage());
            return new Loaded(Optional.empty(), List.of(), ExitCode.FAILURE);
        }
        CourseCompiler.Result result = CourseCompiler.compile(source);
        err.print(DiagnosticPrinter.print(result.diagnostics()));
        boolean broken = !result.ok();
        List<CheckedLesson> lessons = new ArrayList<>();
        if (result.ok()) {
            for (CourseLesson lesson : result.course().get().lessons()) {
                try {
                    CheckedLesson loaded = LessonSession.read(lesson.file(), env);
                    err.print(DiagnosticPrinter.print(loaded.diagnostics()));
                    if (loaded.timeline().isEmpty()) {
                        broken = true;
                    } else {
                        lessons.add(loaded);
                    }
                } catch (LessonSession.Unreadable e) {
                    err.println("lesson: " + e.getMessage());
                    broken = true;
                }
            }
        }
        err.flush();
        return broken ? new Loaded(Optional.empty(), List.of(), ExitCode.LESSON_ERRORS)
                : new Loaded(result.course(), lessons, ExitCode.OK);
    }
}
