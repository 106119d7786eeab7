package org.lessonstudio.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.PresentLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lesson present FILE}: the lesson full screen, played up to each {@code pause} and waiting
 * for the teacher's clicker. The window is found at run time ({@link PresentLauncher#find()}).
 */
@Command(name = "present", description = {"Presents the lesson full screen, stopping at each `pause`:",
        "Right, Page Down or Space go on; Left or Page Up go back to the step's start; B blacks the screen;",
        "a scene's number and Enter jump to it; N turns the narration off and on; Esc leaves."})
final class PresentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonCommand lesson;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .lesson file")
    Path file;

    @Option(names = "--screen", paramLabel = "N", defaultValue = "1",
            description = "the screen to present on, 1 for the first (a presenter view opens on another, if there is one)")
    int screen;

    @Option(names = "--no-narration", description = "present without the lesson's voice, to speak yourself")
    boolean noNarration;

    @Option(names = "--pause-at-scene-ends", description = "stop at the end of every scene too")
    boolean sceneEnds;

    @Option(names = "--screenshot", paramLabel = "PNG",
            description = "press --keys, save a picture of the screen once the step has played, then close (for docs and tests)")
    Path screenshot;

    @Option(names = "--keys", paramLabel = "KEYS", description = "keys to press before --screenshot, such as \"RIGHT RIGHT\"")
    String keys;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("lesson: there is no file " + file);
            return 1;
        }
        if (screen < 1) {
            spec.commandLine().getErr().println("lesson: --screen counts from 1");
            return 1;
        }
        Env env = lesson.env();
        boolean monocle = "Monocle".equals(System.getProperty("glass.platform"));
        if (!monocle && env.variable("DISPLAY").isEmpty() && env.variable("WAYLAND_DISPLAY").isEmpty()) {
            spec.commandLine().getErr().println("lesson: presenting needs a screen, and none is set (DISPLAY is empty)."
                    + " On a machine without one, run it under xvfb-run, or render a video with `lesson render`.");
            return 1;
        }
        Optional<PresentLauncher> present = PresentLauncher.find();
        if (present.isEmpty()) {
            spec.commandLine().getErr().println("lesson: this build of Lesson Studio has no presentation window;"
                    + " render a video with `lesson render`");
            return 1;
        }
        return present.get().open(new PresentLauncher.Request(file, screen, !noNarration, sceneEnds, screenshot, keys),
                env, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
