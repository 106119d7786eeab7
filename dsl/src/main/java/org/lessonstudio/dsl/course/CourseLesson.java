package org.lessonstudio.dsl.course;

import java.nio.file.Path;
import java.util.List;
import org.lessonstudio.dsl.source.Span;

/**
 * One lesson of a course: its file, what students should learn from it, and the questions that
 * follow its video.
 *
 * @param name the file as written in the course ("where-sine-comes-from.lesson")
 * @param file the file itself, inside the course's folder
 */
public record CourseLesson(String name, Path file, List<String> objectives, List<Question> questions, Span span) {

    public CourseLesson {
        objectives = List.copyOf(objectives);
        questions = List.copyOf(questions);
    }

    /** The file's name without {@code .lesson}: the lesson's folder and page names in a package. */
    public String stem() {
        String last = file.getFileName().toString();
        return last.endsWith(".lesson") ? last.substring(0, last.length() - ".lesson".length()) : last;
    }
}
