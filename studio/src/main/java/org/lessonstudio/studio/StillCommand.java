package org.lessonstudio.studio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lessonstudio.dsl.model.VideoFormat;
import org.lessonstudio.renderer.SvgExport;
import org.lessonstudio.timeline.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lesson still FILE --at TIME}: one frame as a PNG, exactly as it is in the video. */
@Command(name = "still", description = "Saves one frame of a lesson as a PNG image, or as SVG (vector) when the output ends in .svg.")
final class StillCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .lesson file")
    Path file;

    @picocli.CommandLine.Mixin
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
        LessonLoader.ForCommand loaded = LessonLoader.forCommand(file, spec.commandLine().getErr(),
                speechOptions.speech());
        if (loaded.timeline().isEmpty()) {
            return loaded.exitCode();
        }
        Timeline timeline = loaded.timeline().get();
        if (at > timeline.duration()) {
            spec.commandLine().getErr().printf(Locale.ROOT, "lesson: the lesson is only %s long; choose a time up to"
                    + " %.1fs%n", Durations.format(timeline.duration()), timeline.duration());
            return ExitCode.FAILURE;
        }
        VideoFormat video = format.resolve(timeline.lesson().video());
        Path target = output != null ? output
                : OutputOptions.beside(file, String.format(Locale.ROOT, "-%.2fs.png", at).replace(".00s", "s"));
        java.util.Optional<String> refused = OutputGuard.refusal(List.of(new OutputGuard.Output(target, "the still")),
                LessonInputs.of(timeline.lesson(), file));
        if (refused.isPresent()) {
            spec.commandLine().getErr().println("lesson: " + refused.get());
            return ExitCode.FAILURE;
        }
        if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            SvgExport.write(timeline.frameAt(at), video.width(), video.height(), target);
        } else {
            Stills.writePng(timeline, at, video.width(), video.height(), target);
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%dx%d, at %.2f s).%n", target, video.width(),
                video.height(), at);
        return ExitCode.OK;
    }
}
