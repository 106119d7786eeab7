package org.lessonstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lessonstudio.app.PowerPointDeck;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Slides;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.app.course.CourseExport;
import org.lessonstudio.app.farm.InProcessBackend;
import org.lessonstudio.app.farm.RenderBackend;
import org.lessonstudio.app.farm.TaskFailed;
import org.lessonstudio.renderer.Quality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lesson export SERIES --to scorm12|scorm2004|cc|html}: renders what is not rendered yet
 * (lessons whose inputs have not changed are reused; the others render side by side, as many at a
 * time as there are cores) and packages the series for a course platform, atomically
 * ({@link CourseExport}).
 */
@Command(name = "export", description = "Exports a course (a folder with course.lesson) as a package a course "
        + "platform imports: scorm12, scorm2004, cc (Common Cartridge) or html; or one lesson as slides: a web page "
        + "that plays step by step (to each `pause`) on key presses, or pptx: a PowerPoint deck, a slide per step.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonCommand lesson;

    @Parameters(index = "0", paramLabel = "SERIES", description = "the course's folder, or its course.lesson")
    Path series;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "scorm12 (Moodle; gradebook completion), scorm2004, cc (Common Cartridge 1.1: Moodle, "
                    + "Canvas) or html (any web host); for one lesson file: slides (a web page, step by step) or pptx (a PowerPoint deck: a slide per step, its clip and "
                    + "narration as notes)")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "the package to write (default: CODE-FORMAT.zip, or .imscc, beside the course file; "
                    + "NAME.slides.html or NAME.pptx beside a lesson file)")
    Path output;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x720", converter = SizeArgument.class,
            description = "the videos' size (default: ${DEFAULT-VALUE})")
    RenderSettings.Size size;

    @Option(names = "--quality", paramLabel = "LEVEL", defaultValue = "standard", converter = QualityArgument.class,
            description = "draft, standard or high (default: ${DEFAULT-VALUE})")
    Quality quality;

    @Option(names = "--no-voice", description = "captions only, no spoken narration")
    boolean noVoice;

    @Option(names = "--offline", description = "footage only from providers that work offline")
    boolean offline;

    @Option(names = "--templates", paramLabel = "FOLDER",
            description = "your own course templates (any of templates/course, changed), used before the standard ones")
    Path templates;

    @Option(names = "--on", paramLabel = "FARM",
            description = "render the lessons on a Spark farm: spark://HOST:7077, local[N] or k8s://… "
                    + "(default: this machine; docs/cluster.md)")
    String on;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "on this machine, how many lessons at a time (default: one per core)")
    int threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RenderBackend backend;
        if (on == null) {
            backend = new InProcessBackend(threads, lesson.env());
        } else {
            Optional<RenderBackend.Provider> farm = RenderBackend.provider(on);
            if (farm.isEmpty()) {
                err.println("lesson: " + RenderBackend.missing(on));
                return ExitCode.FAILURE;
            }
            try {
                backend = farm.get().connect(on, lesson.env());
            } catch (TaskFailed e) {
                err.println("lesson: " + e.getMessage());
                return ExitCode.FAILURE;
            }
        }
        RenderSettings settings = RenderSettings.defaults().withSize(size).withQuality(quality)
                .withSpeech(new RenderSettings.Speech(null, !noVoice))
                .withFootage(new RenderSettings.Footage(offline ? RenderSettings.Sources.OFFLINE
                        : RenderSettings.Sources.ANY, RenderSettings.DEFAULT_BUDGET, null));
        if (to.equals("slides")) {
            return slides(settings);
        }
        if (to.equals("pptx")) {
            return pptx(settings);
        }
        CourseExport.Exported exported;
        try (backend) {
            exported = CourseExport.run(new CourseExport.Request(series, to, output, settings, templates), lesson.env(),
                    backend, new SeriesProgress(err, backend.describe()));
        } catch (Stopped stopped) {
            return Printed.stopped(stopped, spec.commandLine().getErr(), lesson.env());
        }
        spec.commandLine().getErr().print(exported.warnings());
        spec.commandLine().getErr().flush();
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%s, %d lessons: %d rendered, %d reused; %d files)"
                + " in %.1f s.%n", exported.target(), exported.format(), exported.lessons(), exported.rendered(),
                exported.lessons() - exported.rendered(), exported.files(), exported.seconds());
        return ExitCode.OK;
    }

    /** {@code --to slides}: one lesson as a self-contained web page, beside it unless {@code -o} says where. */
    private int slides(RenderSettings settings) throws IOException {
        if (!Files.isRegularFile(series)) {
            spec.commandLine().getErr().println("lesson: --to slides exports one lesson file; there is no file " + series);
            return ExitCode.FAILURE;
        }
        String name = series.getFileName().toString().replaceFirst("\\.lesson$", "");
        Path target = output != null ? output : series.toAbsolutePath().resolveSibling(name + ".slides.html");
        long started = System.nanoTime();
        Slides.Exported exported;
        try {
            exported = Slides.write(series, target, settings, lesson.env());
        } catch (Stopped stopped) {
            return Printed.stopped(stopped, spec.commandLine().getErr(), lesson.env());
        }
        spec.commandLine().getErr().print(exported.warnings());
        spec.commandLine().getErr().flush();
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%d steps, %.1f s of lesson) in %.1f s.%n",
                exported.target(), exported.steps(), exported.seconds(), (System.nanoTime() - started) / 1e9);
        return ExitCode.OK;
    }

    /** {@code --to pptx}: one lesson as a PowerPoint deck, beside it unless {@code -o} says where. */
    private int pptx(RenderSettings settings) throws IOException {
        if (!Files.isRegularFile(series)) {
            spec.commandLine().getErr().println("lesson: --to pptx exports one lesson file; there is no file " + series);
            return ExitCode.FAILURE;
        }
        String name = series.getFileName().toString().replaceFirst("\\.lesson$", "");
        Path target = output != null ? output : series.toAbsolutePath().resolveSibling(name + ".pptx");
        long started = System.nanoTime();
        PowerPointDeck.Exported exported;
        try {
            exported = PowerPointDeck.write(series, target, settings, lesson.env());
        } catch (Stopped stopped) {
            return Printed.stopped(stopped, spec.commandLine().getErr(), lesson.env());
        }
        spec.commandLine().getErr().print(exported.warnings());
        spec.commandLine().getErr().flush();
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%d slides, %.1f s of lesson) in %.1f s.%n",
                exported.target(), exported.slides(), exported.seconds(), (System.nanoTime() - started) / 1e9);
        return ExitCode.OK;
    }
}
