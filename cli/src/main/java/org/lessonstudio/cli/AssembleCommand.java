package org.lessonstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lessonstudio.app.Durations;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.OutputNames;
import org.lessonstudio.app.RenderJob;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.app.farm.SegmentRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lesson assemble FILE SEGMENT... [-o OUT]}: segments joined into the lesson's video, its sound encoded once. */
@Command(name = "assemble", description = "Joins a lesson's segments (from lesson render-segment, in order) into its "
        + "video without encoding them again; the sound, captions, chapters and record are made for the whole lesson.")
final class AssembleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonCommand lesson;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .lesson file")
    Path file;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SEGMENT", description = "the segments, in order")
    List<Path> segments = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "the video to write (default: the lesson's name with .mp4, beside it)")
    Path output;

    @Mixin
    SpeechOptions speechOptions = new SpeechOptions();

    @Mixin
    OutputOptions format = new OutputOptions();

    @Mixin
    FootageOptions footageOptions = new FootageOptions();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LessonSession.Opened opened = LessonSession.open(file, speechOptions.speech(), lesson.env());
        Optional<LessonSession> session = Printed.opened(opened, err);
        if (session.isEmpty()) {
            return Printed.exitCode(opened);
        }
        RenderSettings settings = format.over(RenderSettings.defaults()).withSpeech(speechOptions.speech())
                .withFootage(footageOptions.footage());
        Path target = output != null ? output
                : OutputNames.video(file, session.get().language(), session.get().lesson().language());
        try {
            List<RenderJob.Segment> parts = new ArrayList<>();
            for (Path segment : segments) {
                parts.add(SegmentRecord.read(segment));
            }
            RenderJob.Rendered done = RenderJob.assemble(session.get(), settings, target, parts)
                    .run(new RenderJob.Listener() { });
            out.printf(Locale.ROOT, "Wrote %s (%dx%d, %d fps, %s, %d frames from %d segment%s) in %.1f s.%n",
                    done.video(), done.format().width(), done.format().height(), done.format().fps(),
                    Durations.format(done.seconds()), done.frames(), parts.size(), parts.size() == 1 ? "" : "s",
                    done.took());
        } catch (Stopped stopped) {
            return Printed.stopped(stopped, err, lesson.env());
        }
        return ExitCode.OK;
    }
}
