package org.lessonstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.PreviewLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lesson preview FILE}: a window that plays the lesson and updates on every save. The
 * window is found at run time ({@link PreviewLauncher#find()}); this command never depends on it.
 */
@Command(name = "preview", description = "Opens a window that plays the lesson and updates every time you save it.")
final class PreviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonCommand lesson;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .lesson file")
    Path file;

    @Option(names = "--at", paramLabel = "TIME", converter = TimeArgument.class,
            description = "start at this moment: 12.5s, 12.5 or 1:05")
    Double at;

    @Option(names = "--screenshot", paramLabel = "PNG",
            description = "save a picture of the window once the frame is shown, then close (for docs and tests)")
    Path screenshot;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("lesson: there is no file " + file);
            return ExitCode.FAILURE;
        }
        Env env = lesson.env();
        boolean monocle = "Monocle".equals(System.getProperty("glass.platform"));
        if (!monocle && env.variable("DISPLAY").isEmpty() && env.variable("WAYLAND_DISPLAY").isEmpty()) {
            spec.commandLine().getErr().println("lesson: the preview needs a screen, and none is set (DISPLAY is empty)."
                    + " On a machine without one, run it under xvfb-run, or use `lesson still` for single frames.");
            return ExitCode.FAILURE;
        }
        Optional<PreviewLauncher> preview = PreviewLauncher.find();
        if (preview.isEmpty()) {
            spec.commandLine().getErr().println("lesson: this build of Lesson Studio has no preview window;"
                    + " use `lesson still` for single frames");
            return ExitCode.FAILURE;
        }
        return preview.get().open(new PreviewLauncher.Request(file, at, screenshot), env,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
