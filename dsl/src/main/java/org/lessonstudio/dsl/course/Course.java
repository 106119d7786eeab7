package org.lessonstudio.dsl.course;

import java.util.List;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * A series of lessons, checked: what a course file ({@code course.lesson}) says.
 *
 * @param title       shown as the course's name in the platform
 * @param code        a short identifier ("TRIG-10"), used in package names and identifiers
 * @param description a sentence or two about the course
 * @param language    the course's language code
 * @param completion  the part of a video a student must watch for the lesson to count as completed, in percent
 * @param passing     the quiz score that passes, in percent
 * @param lessons     in the order students take them
 */
public record Course(String title, String code, String description, String language, int completion, int passing,
                     List<CourseLesson> lessons, SourceFile source) {

    public Course {
        lessons = List.copyOf(lessons);
    }
}
