package org.lessonstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.OutputNames;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stills;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.dsl.model.VideoFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lesson still FILE --at TIME}: one frame as a PNG (or SVG), exactly as it is in the video. */
@Command(name = "still", description = "Saves one frame of a lesson as a PNG image, or as SVG (vector) when the output ends in .svg.")
final class StillCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonCommand lesson;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .lesson file")
    Path file;

    @Mixin
    SpeechOptions speechOptions = new SpeechOptions();

    @Option(names = "--at", required = true, paramLabel = "TIME", converter = TimeArgument.class,
            description = "the moment to show: 12.5s, 12.5 or 1:05")
    double at;

    @Option(names = {"-o", "--output"}, paramLabel = "PNG",
            description = "the image to write, .png or .svg (default: a PNG named after the lesson and the time, beside it)")
    Path output;

    @Mixin
    OutputOptions format = new OutputOptions();

    @Override
    public Integer call() throws IOException {
        LessonSession.Opened opened = LessonSession.open(file, speechOptions.speech(), lesson.env());
        Optional<LessonSession> session = Printed.opened(opened, spec.commandLine().getErr());
        if (session.isEmpty()) {
            return Printed.exitCode(opened);
        }
        Path target = output != null ? output : OutputNames.still(file, at, ".png");
        VideoFormat video;
        try {
            video = Stills.write(session.get(), at, format.over(RenderSettings.defaults()), target);
        } catch (Stopped stopped) {
            return Printed.stopped(stopped, spec.commandLine().getErr(), lesson.env());
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%dx%d, at %.2f s).%n", target, video.width(),
                video.height(), at);
        return ExitCode.OK;
    }
}
