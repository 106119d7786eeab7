package org.lessonstudio.studio;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lessonstudio.course.CoursePackager;
import org.lessonstudio.course.CourseTemplates;
import org.lessonstudio.course.CourseZip;
import org.lessonstudio.course.PackageContent;
import org.lessonstudio.course.PackageFormat;
import org.lessonstudio.course.PackagePaths;
import org.lessonstudio.course.RenderedLesson;
import org.lessonstudio.dsl.course.Course;
import org.lessonstudio.dsl.course.CourseLesson;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.app.CheckedLesson;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.LessonInputs;
import org.lessonstudio.app.OutputGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lesson export SERIES --to scorm12|scorm2004|cc|html}: renders what is not rendered yet
 * (lessons whose inputs have not changed are reused; the others render side by side, as many at a
 * time as there are cores) and packages the series for a course platform, atomically.
 */
@Command(name = "export", description = "Exports a course (a folder with course.lesson) as a package a course "
        + "platform imports: scorm12, scorm2004, cc (Common Cartridge) or html.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    LessonCommand lesson;

    @Parameters(index = "0", paramLabel = "SERIES", description = "the course's folder, or its course.lesson")
    Path series;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "scorm12 (Moodle; gradebook completion), scorm2004, cc (Common Cartridge 1.1: Moodle, "
                    + "Canvas) or html (any web host)")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "the package to write (default: CODE-FORMAT.zip, or .imscc, beside the course file)")
    Path output;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x720",
            description = "the videos' size (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--quality", paramLabel = "LEVEL", defaultValue = "standard",
            description = "draft, standard or high (default: ${DEFAULT-VALUE})")
    String quality;

    @Option(names = "--no-voice", description = "captions only, no spoken narration")
    boolean noVoice;

    @Option(names = "--offline", description = "footage only from providers that work offline")
    boolean offline;

    @Option(names = "--templates", paramLabel = "FOLDER",
            description = "your own course templates (any of templates/course, changed), used before the standard ones")
    Path templates;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.Optional<PackageFormat> format = PackageFormat.named(to);
        if (format.isEmpty()) {
            err.println("lesson: `" + to + "` is not a package format; use scorm12, scorm2004, cc or html");
            return ExitCode.FAILURE;
        }
        if (!size.matches("\\d{2,4}x\\d{2,4}") || Integer.parseInt(size.split("x")[0]) % 2 != 0
                || Integer.parseInt(size.split("x")[1]) % 2 != 0) {
            err.println("lesson: `" + size + "` is not a video size; write WIDTHxHEIGHT with even numbers, such as 1280x720");
            return ExitCode.FAILURE;
        }
        CourseTemplates pages;
        try {
            pages = templates == null ? CourseTemplates.standard() : CourseTemplates.in(templates);
        } catch (IOException e) {
            err.println("lesson: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        CourseLoader.Loaded loaded = CourseLoader.load(series, err, lesson.env());
        if (loaded.course().isEmpty()) {
            err.println("lesson: nothing was exported; fix the mistakes above and export again");
            return loaded.exitCode();
        }
        Course course = loaded.course().get();
        Path folder = course.source().path().toAbsolutePath().getParent();
        Path target = output != null ? output
                : folder.resolve(course.code() + "-" + format.get().word() + format.get().extension());
        if (Files.isDirectory(target)) {
            err.println("lesson: " + target + " is a folder; give a file name for the package");
            return ExitCode.FAILURE;
        }
        List<LessonInputs.Input> inputs = new ArrayList<>(LessonInputs.of(course,
                loaded.lessons().stream().map(l -> l.lesson().orElseThrow()).toList()));
        inputs.addAll(LessonInputs.templates(templates, "a course template"));
        java.util.Optional<String> refused = OutputGuard.refusal(List.of(new OutputGuard.Output(target,
                "the package")), inputs);
        if (refused.isPresent()) {
            err.println("lesson: " + refused.get());
            return ExitCode.FAILURE;
        }
        long started = System.nanoTime();
        LessonBuild.Settings settings = new LessonBuild.Settings(size, quality, noVoice, offline);
        List<LessonBuild.Built> built;
        try {
            built = buildAll(course, loaded.lessons(), folder.resolve(".lesson-build"), settings, lesson.env());
        } catch (LessonBuild.Failed e) {
            err.println("lesson: " + e.getMessage());
            err.println("lesson: nothing was exported");
            return e.exitCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("lesson: the export was stopped; nothing was written");
            return ExitCode.FAILURE;
        }
        List<RenderedLesson> lessons = built.stream().map(LessonBuild.Built::lesson).toList();
        SortedMap<String, PackageContent> entries;
        try {
            entries = CoursePackager.entries(course, lessons, format.get(), pages);
        } catch (CourseTemplates.TemplateProblem e) {
            err.println("lesson: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        CourseZip.write(entries, target);
        long rendered = built.stream().filter(LessonBuild.Built::rendered).count();
        out.printf(Locale.ROOT, "Wrote %s (%s, %d lessons: %d rendered, %d reused; %d files) in %.1f s.%n", target,
                format.get().word(), lessons.size(), rendered, lessons.size() - rendered, entries.size(),
                (System.nanoTime() - started) / 1e9);
        return ExitCode.OK;
    }

    /** Builds every lesson, as many at once as there are cores; the first failure stops the export. */
    private static List<LessonBuild.Built> buildAll(Course course, List<CheckedLesson> checked,
                                                    Path buildFolder, LessonBuild.Settings settings, Env env)
            throws LessonBuild.Failed, IOException, InterruptedException {
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), course.lessons().size()));
        List<String> folders = PackagePaths.lessonFolders(course.lessons());
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "lesson-export");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<LessonBuild.Built>> jobs = new ArrayList<>();
            for (int i = 0; i < course.lessons().size(); i++) {
                CourseLesson lesson = course.lessons().get(i);
                Lesson model = checked.get(i).lesson().orElseThrow();
                Path folder = buildFolder.resolve(folders.get(i));
                jobs.add(pool.submit(() -> LessonBuild.build(lesson, model, folder, settings, env)));
            }
            List<LessonBuild.Built> built = new ArrayList<>();
            for (Future<LessonBuild.Built> job : jobs) {
                try {
                    built.add(job.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof LessonBuild.Failed failed) {
                        throw failed;
                    }
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return built;
        } finally {
            pool.shutdownNow();
        }
    }
}
