package org.lessonstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.lessonstudio.dsl.course.Course;
import org.lessonstudio.dsl.course.CourseLesson;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.Scene;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.source.RootFolder;

/**
 * Every file a run reads, and what each is to the teacher: the lesson, the pictures it shows, the
 * sounds it plays, the clips in its clips folder, a course and its lessons, templates. Hashed to
 * tell whether a lesson of a course must be rendered again; and no output may land on any of them.
 */
public final class LessonInputs {

    /** A file a run reads, and what it is ("a picture the lesson shows"). */
    public record Input(Path file, String what) { }

    private LessonInputs() {
    }

    /** The lesson file itself and every file it reads. */
    public static List<Input> of(Lesson lesson, Path lessonFile) {
        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input(lessonFile, "the lesson itself"));
        inputs.addAll(readBy(lesson));
        return inputs;
    }

    /** Every file a lesson reads: pictures, recordings, music, and the clips in its clips folder. */
    public static List<Input> readBy(Lesson lesson) {
        List<Input> files = new ArrayList<>();
        for (Scene scene : lesson.scenes()) {
            for (Shape shape : scene.shapes()) {
                if (shape instanceof Shape.Image image) {
                    files.add(new Input(image.file(), "a picture the lesson shows"));
                }
            }
            for (Action action : scene.everyAction()) {
                if (action instanceof Action.Music music) {
                    files.add(new Input(music.file(), "music the lesson plays"));
                } else if (action instanceof Action.Say say && say.recording() != null) {
                    files.add(new Input(say.recording(), "a recording the lesson plays"));
                }
            }
        }
        // the clips folder as checked (its real path, inside the lesson's folder), and of its files only
        // those really inside it: a link leading out is not read, here or by the library
        Path clips = lesson.footage().folder();
        if (clips != null) {
            try (Stream<Path> listing = Files.list(clips)) {
                RootFolder folder = RootFolder.of(clips);
                for (Path listed : listing.toList()) {
                    if (folder.find(listed.getFileName().toString()) instanceof RootFolder.Inside inside
                            && Files.isRegularFile(inside.real(), LinkOption.NOFOLLOW_LINKS)) {
                        files.add(new Input(inside.real(), "a clip in the lesson's clips folder"));
                    }
                }
            } catch (IOException e) {
                files.add(new Input(clips, "the lesson's clips folder"));
            }
        }
        return files;
    }

    /** The course file, each of its lessons and everything each reads. */
    public static List<Input> of(Course course, List<Lesson> lessons) {
        List<Input> inputs = new ArrayList<>();
        inputs.add(new Input(course.source().path(), "the course file"));
        for (int i = 0; i < course.lessons().size(); i++) {
            CourseLesson entry = course.lessons().get(i);
            inputs.add(new Input(entry.file(), "a lesson of the course"));
            inputs.addAll(readBy(lessons.get(i)));
        }
        return inputs;
    }

    /** Every file in a folder of templates the run was given, or nothing when none was. */
    public static List<Input> templates(Path folder, String what) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, 8)) {
            return files.filter(Files::isRegularFile).map(f -> new Input(f, what)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(new Input(folder, what));
        }
    }
}
