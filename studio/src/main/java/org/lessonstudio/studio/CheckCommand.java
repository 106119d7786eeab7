package org.lessonstudio.studio;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lessonstudio.timeline.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lesson check FILE}: reports every mistake in a lesson, renders nothing. */
@Command(name = "check", description = "Checks a lesson and lists every mistake, without rendering.")
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .lesson file, or a course (its course.lesson, or its folder)")
    Path file;

    @picocli.CommandLine.Mixin
    SpeechOptions speechOptions = new SpeechOptions();

    @Override
    public Integer call() {
        if (CourseLoader.isCourse(file)) {
            CourseLoader.Loaded course = CourseLoader.load(file, spec.commandLine().getErr());
            if (course.course().isEmpty()) {
                return course.exitCode();
            }
            double seconds = course.lessons().stream().mapToDouble(Timeline::duration).sum();
            int questions = course.course().get().lessons().stream().mapToInt(l -> l.questions().size()).sum();
            spec.commandLine().getOut().printf("%s: no mistakes found. %d lessons, %s in all, %d quiz question%s.%n",
                    file, course.lessons().size(), Durations.format(seconds), questions, questions == 1 ? "" : "s");
            return ExitCode.OK;
        }
        LessonLoader.ForCommand loaded = LessonLoader.forCommand(file, spec.commandLine().getErr(),
                speechOptions.speech());
        if (loaded.timeline().isEmpty()) {
            return loaded.exitCode();
        }
        Timeline timeline = loaded.timeline().get();
        int scenes = timeline.scenes().size();
        spec.commandLine().getOut().printf("%s: no mistakes found. %d scene%s, %s long.%n", file, scenes,
                scenes == 1 ? "" : "s", Durations.format(timeline.duration()));
        return ExitCode.OK;
    }
}
