package org.lessonstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.RenderJob;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.app.farm.RenderTask;
import org.lessonstudio.app.farm.SegmentRecord;
import org.lessonstudio.renderer.Quality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lesson render-segment FILE --scene N -o SEG.mp4}: one piece of a split render, for any farm. */
@Command(name = "render-segment", description = "Renders one scene (or a range of frames) of a lesson as a silent "
        + "video segment, with SEGMENT.segment beside it, for lesson assemble to join.")
final class RenderSegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonCommand lesson;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .lesson file")
    Path file;

    @Option(names = "--scene", paramLabel = "N", description = "the scene to render, from 1")
    Integer scene;

    @Option(names = "--frames", paramLabel = "FIRST+COUNT", description = "frames to render instead, such as 0+300")
    String frames;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "SEGMENT", description = "the segment to write")
    Path output;

    @Mixin
    SpeechOptions speechOptions = new SpeechOptions();

    @Mixin
    OutputOptions format = new OutputOptions();

    @Mixin
    FootageOptions footageOptions = new FootageOptions();

    @Option(names = "--quality", paramLabel = "LEVEL", defaultValue = "standard",
            description = "draft, standard or high (default: ${DEFAULT-VALUE}); the same for every segment",
            converter = QualityArgument.class)
    Quality quality;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((scene == null) == (frames == null)) {
            err.println("lesson: give --scene N or --frames FIRST+COUNT");
            return ExitCode.FAILURE;
        }
        RenderTask.Frames range = null;
        if (frames != null) {
            String[] parts = frames.split("\\+");
            try {
                range = new RenderTask.Frames(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            } catch (RuntimeException e) {
                err.println("lesson: '" + frames + "' is not a range of frames; write the first and how many, as 0+300");
                return ExitCode.FAILURE;
            }
        }
        LessonSession.Opened opened = LessonSession.open(file, speechOptions.speech(), lesson.env());
        Optional<LessonSession> session = Printed.opened(opened, err);
        if (session.isEmpty()) {
            return Printed.exitCode(opened);
        }
        RenderSettings settings = format.over(RenderSettings.defaults()).withQuality(quality)
                .withSpeech(speechOptions.speech()).withFootage(footageOptions.footage());
        try {
            RenderJob.Rendered made = SegmentRecord.render(session.get(), settings, output, scene == null ? 0 : scene,
                    range, new RenderJob.Listener() { });
            out.println("Wrote " + made.video() + " (" + made.frames() + " frames) and "
                    + SegmentRecord.recordFor(made.video()) + ".");
        } catch (Stopped stopped) {
            return Printed.stopped(stopped, err, lesson.env());
        }
        return ExitCode.OK;
    }
}
