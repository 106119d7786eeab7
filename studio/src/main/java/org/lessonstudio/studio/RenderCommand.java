package org.lessonstudio.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lessonstudio.dsl.model.VideoFormat;
import org.lessonstudio.renderer.OutputSet;
import org.lessonstudio.renderer.Quality;
import org.lessonstudio.timeline.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lesson render FILE}: the whole lesson to an MP4. */
@Command(name = "render", description = "Renders a lesson to an MP4 video (H.264, plays in every browser).")
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .lesson file")
    Path file;

    @picocli.CommandLine.Mixin
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

    @Override
    public Integer call() throws IOException {
        LessonLoader.ForCommand loaded = LessonLoader.forCommand(file, spec.commandLine().getErr(),
                speechOptions.speech());
        if (loaded.timeline().isEmpty()) {
            return loaded.exitCode();
        }
        Timeline timeline = loaded.timeline().get();
        VideoFormat video = format.resolve(timeline.lesson().video());
        String language = loaded.narration().language();
        Path target = output != null ? output : OutputOptions.beside(file,
                language.equals(timeline.lesson().language()) ? ".mp4" : "." + language + ".mp4");
        if (Files.isDirectory(target)) {
            spec.commandLine().getErr().println("lesson: " + target + " is a folder; give a file name for the video");
            return ExitCode.FAILURE;
        }
        List<LessonInputs.Input> inputs = new ArrayList<>(LessonInputs.of(timeline.lesson(), file));
        inputs.addAll(LessonInputs.templates(footageOptions.templates, "a prompt template"));
        java.util.Optional<String> refused = OutputGuard.refusal(RenderOutputs.of(target), inputs);
        if (refused.isPresent()) {
            spec.commandLine().getErr().println("lesson: " + refused.get());
            return ExitCode.FAILURE;
        }

        java.util.Optional<Path> signer = sign ? Signing.tool() : java.util.Optional.empty();
        if (sign && signer.isEmpty()) {
            spec.commandLine().getErr().println("lesson: " + Signing.missing());
            return ExitCode.FAILURE;
        }
        LessonFootage footage;
        try {
            footage = LessonFootage.make(timeline, video, footageOptions, spec.commandLine().getOut());
        } catch (LessonFootage.Missing e) {
            if (!e.mistakes.isEmpty()) {
                spec.commandLine().getErr().print(org.lessonstudio.dsl.diag.DiagnosticPrinter.print(e.mistakes));
                spec.commandLine().getErr().flush();
                return ExitCode.LESSON_ERRORS;
            }
            spec.commandLine().getErr().println("lesson: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        try (footage) {
            int done = render(timeline, loaded, video, target, footage);
            if (done == ExitCode.OK && signer.isPresent()) {
                try {
                    Path signed = Signing.sign(signer.get(), target, Provenance.fileFor(target));
                    spec.commandLine().getOut().println("Wrote " + signed + " (signed by c2patool).");
                } catch (IOException e) {
                    spec.commandLine().getErr().println("lesson: " + e.getMessage());
                    return ExitCode.FAILURE;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return ExitCode.FAILURE;
                }
            }
            return done;
        }
    }

    /** Renders the video and puts it in place with every file beside it, as one set ({@link RenderOutputs}). */
    private int render(Timeline timeline, LessonLoader.ForCommand loaded, VideoFormat video, Path target,
                       LessonFootage footage) throws IOException {
        OutputSet set = new OutputSet();
        Thread cleanup = new Thread(set::close, "lesson-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        long started = System.nanoTime();
        RenderOutputs.Staged staged;
        try (set; TerminalProgress progress = new TerminalProgress(TerminalProgress.terminalAttached(), System.err)) {
            staged = RenderOutputs.stage(set, timeline, loaded.narration(), footage, video, quality, target, progress);
            set.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            spec.commandLine().getErr().println("lesson: the render was stopped; nothing was written");
            return ExitCode.FAILURE;
        } catch (IOException e) {
            if (NotDrawableReport.print(e, spec.commandLine().getErr())) {
                return ExitCode.LESSON_ERRORS;
            }
            spec.commandLine().getErr().println("lesson: the video could not be written: " + e.getMessage());
            InternalFailure.write(e);
            return ExitCode.FAILURE;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
        for (Path written : staged.beside()) {
            spec.commandLine().getOut().println("Wrote " + written + ".");
        }
        spec.commandLine().getOut().println("Wrote " + staged.record() + ".");
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%dx%d, %d fps, %s, %d frames) in %.1f s.%n",
                target, video.width(), video.height(), video.fps(), Durations.format(timeline.duration()),
                staged.frames(), seconds);
        return ExitCode.OK;
    }

    /** Reads {@code draft}, {@code standard} or {@code high}. */
    static final class QualityArgument implements picocli.CommandLine.ITypeConverter<Quality> {
        @Override
        public Quality convert(String value) {
            try {
                return Quality.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a quality; use draft, standard or high");
            }
        }
    }
}
