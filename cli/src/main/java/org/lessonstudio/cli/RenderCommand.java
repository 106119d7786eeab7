package org.lessonstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lessonstudio.app.Durations;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.OutputNames;
import org.lessonstudio.app.RenderJob;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.app.farm.InProcessBackend;
import org.lessonstudio.app.farm.RenderBackend;
import org.lessonstudio.app.farm.SplitRender;
import org.lessonstudio.renderer.Quality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lesson render FILE}: the whole lesson to an MP4, with every file beside it. */
@Command(name = "render", description = "Renders a lesson to an MP4 video (H.264, plays in every browser).")
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonCommand lesson;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .lesson file")
    Path file;

    @Mixin
    SpeechOptions speechOptions = new SpeechOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "the video to write (default: the lesson's name with .mp4, beside it)")
    Path output;

    @Mixin
    OutputOptions format = new OutputOptions();

    @Mixin
    FootageOptions footageOptions = new FootageOptions();

    @Option(names = "--sign", description = "sign the provenance record with C2PA's c2patool (on the PATH) into "
            + "NAME.c2pa beside the video")
    boolean sign;

    @Option(names = "--quality", paramLabel = "LEVEL", defaultValue = "standard",
            description = "draft, standard or high (default: ${DEFAULT-VALUE})",
            converter = QualityArgument.class)
    Quality quality;

    @Option(names = "--split", paramLabel = "scenes",
            description = "render the scenes side by side, one per core, and join them (the sound is made once)")
    String split;

    @Override
    public Integer call() throws IOException {
        if (split != null && !split.equals("scenes")) {
            spec.commandLine().getErr().println("lesson: --split takes `scenes`, the only way a lesson is split");
            return ExitCode.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LessonSession.Opened opened = LessonSession.open(file, speechOptions.speech(), lesson.env());
        Optional<LessonSession> session = Printed.opened(opened, err);
        if (session.isEmpty()) {
            return Printed.exitCode(opened);
        }
        RenderSettings settings = format.over(RenderSettings.defaults()).withQuality(quality)
                .withSpeech(speechOptions.speech()).withFootage(footageOptions.footage()).withSign(sign);
        Path target = output != null ? output
                : OutputNames.video(file, session.get().language(), session.get().lesson().language());
        RenderJob.Rendered rendered;
        try (TerminalProgress progress = new TerminalProgress(TerminalProgress.terminalAttached(lesson.env()),
                System.err)) {
            RenderJob.Listener listener = new RenderJob.Listener() {
                @Override
                public void footage(String line) {
                    out.println(line);
                }

                @Override
                public void framesDone(int done, int total) {
                    progress.framesDone(done, total);
                }

                @Override
                public void rendered(RenderJob.Rendered done) {
                    progress.close();
                    wrote(done, out);
                }
            };
            if (split == null) {
                rendered = RenderJob.whole(session.get(), settings, target).run(listener);
            } else {
                try (RenderBackend cores = new InProcessBackend(0, lesson.env())) {
                    rendered = SplitRender.run(session.get(), settings, target, cores, listener);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            spec.commandLine().getErr().println("lesson: the render was stopped; nothing was written");
            return ExitCode.FAILURE;
        } catch (Stopped stopped) {
            return Printed.stopped(stopped, err, lesson.env());
        }
        rendered.signed().ifPresent(signed -> out.println("Wrote " + signed + " (signed by c2patool)."));
        return ExitCode.OK;
    }

    private static void wrote(RenderJob.Rendered rendered, PrintWriter out) {
        for (Path written : rendered.beside()) {
            out.println("Wrote " + written + ".");
        }
        rendered.record().ifPresent(record -> out.println("Wrote " + record + "."));
        out.printf(Locale.ROOT, "Wrote %s (%dx%d, %d fps, %s, %d frames) in %.1f s.%n", rendered.video(),
                rendered.format().width(), rendered.format().height(), rendered.format().fps(),
                Durations.format(rendered.seconds()), rendered.frames(), rendered.took());
    }
}
