package org.lessonstudio.app.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.lessonstudio.app.CheckedLesson;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.LessonInputs;
import org.lessonstudio.app.OutputGuard;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.app.farm.InProcessBackend;
import org.lessonstudio.app.farm.RenderBackend;
import org.lessonstudio.app.farm.RenderTask;
import org.lessonstudio.app.farm.TaskFailed;
import org.lessonstudio.app.farm.TaskResult;
import org.lessonstudio.course.CoursePackager;
import org.lessonstudio.course.CourseTemplates;
import org.lessonstudio.course.CourseZip;
import org.lessonstudio.course.PackageContent;
import org.lessonstudio.course.PackageFormat;
import org.lessonstudio.course.PackagePaths;
import org.lessonstudio.course.RenderedLesson;
import org.lessonstudio.dsl.course.Course;

/**
 * A lesson series as a package a course platform imports ({@code lesson export}): the course and
 * every lesson checked once, each lesson rendered by the same {@link org.lessonstudio.app.RenderJob}
 * as {@code lesson render} — as a {@link RenderTask} on a {@link RenderBackend}: by default this
 * machine, as many at a time as it has cores; or a farm — or reused from its build folder when
 * nothing that goes into it changed, then packaged here, atomically.
 *
 * <pre>
 * CourseExport.run(new CourseExport.Request(Path.of("lessons/trigonometry"), "scorm12", null, settings, null), env);
 * </pre>
 */
public final class CourseExport {

    /**
     * What to export.
     *
     * @param series    the course's folder, or its course.lesson
     * @param format    scorm12, scorm2004, cc or html
     * @param output    the package to write, or null for CODE-FORMAT.zip (or .imscc) beside the course file
     * @param settings  how each lesson is rendered (a size is always given: a course's videos share one)
     * @param templates the teacher's own course templates, or null
     */
    public record Request(Path series, String format, Path output, RenderSettings settings, Path templates) { }

    /**
     * What was exported.
     *
     * @param warnings what checking the course found that does not stop it, as it is printed
     */
    public record Exported(Path target, String format, int lessons, int rendered, int files, double seconds,
                           String warnings) { }

    /** The size of a course's videos unless told otherwise. */
    public static final RenderSettings.Size SIZE = new RenderSettings.Size(1280, 720);

    private CourseExport() {
    }

    /** Exports on this machine, as many lessons at a time as it has cores. */
    public static Exported run(Request request, Env env) throws Stopped, IOException {
        try (RenderBackend here = new InProcessBackend(0, env)) {
            return run(request, env, here, new RenderBackend.Listener() { });
        }
    }

    /**
     * Exports with the lessons that need rendering rendered by {@code backend} (this machine's
     * threads, or a farm sharing the series' folder), telling {@code progress} as each finishes;
     * everything else (checking, the posters and captions, the package) is done here.
     */
    public static Exported run(Request request, Env env, RenderBackend backend, RenderBackend.Listener progress)
            throws Stopped, IOException {
        Optional<PackageFormat> format = PackageFormat.named(request.format());
        if (format.isEmpty()) {
            throw Stopped.refused("`" + request.format() + "` is not a package format; use scorm12, scorm2004, cc or html");
        }
        RenderSettings settings = request.settings().size() == null ? request.settings().withSize(SIZE)
                : request.settings();
        CourseTemplates pages;
        try {
            pages = request.templates() == null ? CourseTemplates.standard() : CourseTemplates.in(request.templates());
        } catch (IOException e) {
            throw Stopped.refused(e.getMessage());
        }
        CourseLoader.Loaded loaded = CourseLoader.load(request.series(), env);
        String said = loaded.said();
        if (loaded.course().isEmpty()) {
            if (!loaded.lessonMistakes()) {
                throw Stopped.refusedAfter(said, "nothing was exported");
            }
            throw Stopped.mistakes(said, "nothing was exported; fix the mistakes above and export again");
        }
        Course course = loaded.course().get();
        Path folder = course.source().path().toAbsolutePath().getParent();
        Path target = request.output() != null ? request.output()
                : folder.resolve(course.code() + "-" + format.get().word() + format.get().extension());
        Path buildFolder = folder.resolve(".lesson-build");
        if (target.toAbsolutePath().normalize().startsWith(buildFolder.toAbsolutePath().normalize())) {
            throw Stopped.refusedAfter(said, "refusing to write the package into " + buildFolder + ": that folder "
                    + "holds the course's rendered lessons; nothing was written; choose another file with -o");
        }
        if (Files.isDirectory(target)) {
            throw Stopped.refusedAfter(said, target + " is a folder; give a file name for the package");
        }
        List<LessonInputs.Input> inputs = new ArrayList<>(LessonInputs.of(course,
                loaded.lessons().stream().map(l -> l.lesson().orElseThrow()).toList()));
        inputs.addAll(LessonInputs.templates(request.templates(), "a course template"));
        Optional<String> refused = OutputGuard.refusal(List.of(new OutputGuard.Output(target, "the package")), inputs);
        if (refused.isPresent()) {
            throw Stopped.refusedAfter(said, refused.get());
        }
        long started = System.nanoTime();
        List<LessonBuild.Built> built;
        try {
            built = buildAll(course, loaded.lessons(), folder, settings, env, backend, progress, said);
        } catch (TaskFailed e) {
            throw Stopped.refusedAfter(said, e.getMessage(), "nothing was exported");
        } catch (LessonBuild.Failed e) {
            String[] lines = {e.getMessage(), "nothing was exported"};
            throw e.lessonMistake() ? Stopped.mistakes(said, lines) : Stopped.refusedAfter(said, lines);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Stopped.refusedAfter(said, "the export was stopped; nothing was written");
        } catch (IOException e) {
            throw plain(e, buildFolder, said);
        }
        List<RenderedLesson> lessons = built.stream().map(LessonBuild.Built::lesson).toList();
        SortedMap<String, PackageContent> entries;
        try {
            entries = CoursePackager.entries(course, lessons, format.get(), pages);
        } catch (CourseTemplates.TemplateProblem e) {
            throw Stopped.refusedAfter(said, e.getMessage());
        }
        try {
            CourseZip.write(entries, target);
        } catch (IOException e) {
            throw plain(e, target, said);
        }
        int rendered = (int) built.stream().filter(LessonBuild.Built::rendered).count();
        return new Exported(target, format.get().word(), lessons.size(), rendered, entries.size(),
                (System.nanoTime() - started) / 1e9, said);
    }

    /** A failure to write said plainly when it is a known one (read-only, protected, full), else as it is. */
    private static IOException plain(IOException e, Path target, String said) throws Stopped {
        Optional<String> plain = org.lessonstudio.app.WriteFailure.plain(e, target);
        if (plain.isPresent()) {
            throw Stopped.refusedAfter(said, plain.get() + "; nothing was exported");
        }
        return e;
    }

    /**
     * Builds every lesson: the ones whose inputs changed are rendered by the backend (all of them,
     * as one batch); then each is finished here, as many at once as there are cores.
     */
    private static List<LessonBuild.Built> buildAll(Course course, List<CheckedLesson> checked, Path root,
                                                    RenderSettings settings, Env env, RenderBackend backend,
                                                    RenderBackend.Listener progress, String said)
            throws Stopped, LessonBuild.Failed, IOException, InterruptedException {
        Path buildFolder = root.resolve(".lesson-build");
        List<String> folders = PackagePaths.lessonFolders(course.lessons());
        List<LessonBuild.Plan> plans = new ArrayList<>();
        for (int i = 0; i < course.lessons().size(); i++) {
            plans.add(LessonBuild.plan(course.lessons().get(i), checked.get(i), root,
                    buildFolder.resolve(folders.get(i)), settings));
        }
        List<RenderTask> tasks = plans.stream().flatMap(p -> p.task().stream()).toList();
        if (!tasks.isEmpty()) {
            progress.starting(tasks.size());
        }
        List<TaskResult> results = backend.run(tasks, progress);
        StringBuilder mistakes = new StringBuilder();
        for (TaskResult result : results) {
            if (result.mistaken()) {
                mistakes.append(result.mistakes());
            }
        }
        if (!mistakes.isEmpty()) {
            throw Stopped.mistakes(said + mistakes, "nothing was exported; fix the mistakes above and export again");
        }
        Map<String, TaskResult> byOutput = new HashMap<>();
        results.forEach(r -> byOutput.put(r.output(), r));
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), plans.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "lesson-export");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<LessonBuild.Built>> jobs = new ArrayList<>();
            for (LessonBuild.Plan plan : plans) {
                TaskResult result = plan.task().map(t -> byOutput.get(t.output())).orElse(null);
                jobs.add(pool.submit(() -> LessonBuild.finish(plan, result, settings, env)));
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
