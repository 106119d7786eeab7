package org.lessonstudio.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lessonstudio.app.Durations;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.course.CourseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lesson check FILE}: reports every mistake in a lesson, renders nothing. */
@Command(name = "check", description = "Checks a lesson and lists every mistake, without rendering.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonCommand lesson;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .lesson file, or a course (its course.lesson, or its folder)")
    Path file;

    @picocli.CommandLine.Mixin
    SpeechOptions speechOptions = new SpeechOptions();

    @Override
    public Integer call() {
        if (CourseLoader.isCourse(file)) {
            CourseLoader.Loaded course = CourseLoader.load(file, lesson.env());
            spec.commandLine().getErr().print(course.said());
            spec.commandLine().getErr().flush();
            if (course.course().isEmpty()) {
                return course.lessonMistakes() ? ExitCode.LESSON_ERRORS : ExitCode.FAILURE;
            }
            double seconds = course.lessons().stream().mapToDouble(l -> l.timeline().orElseThrow().duration()).sum();
            int questions = course.course().get().lessons().stream().mapToInt(l -> l.questions().size()).sum();
            spec.commandLine().getOut().printf("%s: no mistakes found. %d lessons, %s in all, %d quiz question%s.%n",
                    file, course.lessons().size(), Durations.format(seconds), questions, questions == 1 ? "" : "s");
            return ExitCode.OK;
        }
        LessonSession.Opened opened = LessonSession.open(file, speechOptions.speech(), lesson.env());
        Optional<LessonSession> session = Printed.opened(opened, spec.commandLine().getErr());
        if (session.isEmpty()) {
            return Printed.exitCode(opened);
        }
        int scenes = session.get().timeline().scenes().size();
        spec.commandLine().getOut().printf("%s: no mistakes found. %d scene%s, %s long.%n", file, scenes,
                scenes == 1 ? "" : "s", Durations.format(session.get().timeline().duration()));
        return ExitCode.OK;
    }
}
