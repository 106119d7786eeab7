package org.lessonstudio.app.farm;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.util.function.IntConsumer;
import org.lessonstudio.app.CheckedLesson;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.FileHash;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.RenderJob;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;

/**
 * Does one {@link RenderTask} on this machine, whichever backend sent it: reads the lesson from the
 * shared folder, makes sure it and every file it reads are the ones the task names, checks and
 * narrates it as {@code lesson render} does (speech and clips come from the caches, by content),
 * and renders the task's frames with {@link RenderJob}. A lesson mistake comes back as a result;
 * anything else is a {@link TaskFailed}, which a farm may retry.
 */
public final class TaskRunner {

    private TaskRunner() {
    }

    /** Does {@code task}; {@code framesDone} hears each frame encoded (the task's own count). */
    public static TaskResult run(RenderTask task, Env env, IntConsumer framesDone) {
        long started = System.nanoTime();
        if (!Files.isRegularFile(task.lessonFile())) {
            throw new TaskFailed(worker() + " cannot see " + task.lessonFile()
                    + "; every machine of the farm must see the shared folder " + task.root() + " at that path");
        }
        CheckedLesson checked;
        try {
            checked = LessonSession.read(task.lessonFile(), env);
        } catch (LessonSession.Unreadable e) {
            throw new TaskFailed(e.getMessage());
        }
        if (!checked.ok()) {
            return mistaken(task, DiagnosticPrinter.print(checked.diagnostics()), started);
        }
        RenderSettings settings = task.settings().settings();
        try {
            String inputs = InputsHash.of(checked.lesson().orElseThrow(), settings);
            if (!inputs.equals(task.inputs())) {
                throw new TaskFailed(task.name() + " or a file it reads is not the same on " + worker()
                        + " as where the export was started; is the shared folder up to date there?");
            }
        } catch (IOException e) {
            throw new TaskFailed(worker() + " cannot read what " + task.name() + " reads: " + e.getMessage(), e);
        }
        LessonSession.Opened opened = LessonSession.open(checked, settings.speech(), env);
        if (opened instanceof LessonSession.Mistakes) {
            return mistaken(task, opened.said(), started);
        }
        if (!(opened instanceof LessonSession.Ready ready)) {
            throw new TaskFailed(task.name() + " could not be narrated on " + worker() + ":\n" + opened.said().strip());
        }
        RenderJob job = task.whole() ? RenderJob.whole(ready.session(), settings, task.outputFile())
                : RenderJob.segment(ready.session(), settings, task.outputFile(), task.frames().first(),
                        task.frames().count());
        RenderJob.Rendered rendered;
        try {
            rendered = job.run(new RenderJob.Listener() {
                @Override
                public void framesDone(int done, int total) {
                    framesDone.accept(done);
                }
            });
        } catch (Stopped stopped) {
            if (stopped.lessonMistake()) {
                return mistaken(task, stopped.report(), started);
            }
            StringBuilder said = new StringBuilder(stopped.report());
            stopped.lines().forEach(line -> said.append("lesson: ").append(line).append('\n'));
            throw new TaskFailed(task.name() + " could not be rendered on " + worker() + ":\n"
                    + said.toString().strip(), stopped.failure());
        } catch (IOException e) {
            throw new TaskFailed(task.name() + " could not be written on " + worker() + ": " + e.getMessage(), e);
        }
        try {
            return new TaskResult(task.name(), task.output(), FileHash.sha256(rendered.video()), rendered.frames(),
                    seconds(started), worker(), null);
        } catch (IOException e) {
            throw new TaskFailed(task.name() + "'s video cannot be read back on " + worker() + ": " + e.getMessage(), e);
        }
    }

    private static TaskResult mistaken(RenderTask task, String said, long started) {
        return new TaskResult(task.name(), task.output(), null, 0, seconds(started), worker(), said);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** This machine's name, for messages. */
    static String worker() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this machine";
        }
    }
}
