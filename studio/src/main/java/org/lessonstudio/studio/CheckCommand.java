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

    @Parameters(index = "0", paramLabel = "FILE", description = "the .lesson file")
    Path file;

    @picocli.CommandLine.Mixin
    SpeechOptions speechOptions = new SpeechOptions();

    @Override
    public Integer call() {
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
