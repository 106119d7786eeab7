package org.lessonstudio.app.course;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessonstudio.app.CheckedLesson;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.FileHash;
import org.lessonstudio.app.Gallery;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.RenderJob;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stills;
import org.lessonstudio.app.captions.CaptionFiles;
import org.lessonstudio.app.captions.Captions;
import org.lessonstudio.app.farm.InputsHash;
import org.lessonstudio.app.farm.RenderTask;
import org.lessonstudio.app.farm.TaskResult;
import org.lessonstudio.app.farm.TaskSettings;
import org.lessonstudio.course.RenderedLesson;
import org.lessonstudio.dsl.course.CourseLesson;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.VideoFormat;
import org.lessonstudio.renderer.AtomicOutput;
import org.lessonstudio.timeline.CaptionEvent;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * One lesson of a course, rendered for a package into its own build folder, or taken from there
 * when nothing that went into it has changed: the lesson's text, every file it reads (pictures,
 * sounds, its clips folder), the render's settings and Lesson Studio's version, hashed together
 * ({@link InputsHash}) and kept beside the video. The lesson is checked once, with the course; its
 * video is made by a {@link RenderTask} on whichever backend the export uses (the same
 * {@link RenderJob} as {@code lesson render}, whole or not at all), and what the package shows
 * beside it (poster, captions, chapters) is made here, on the machine that packages.
 */
final class LessonBuild {

    /** A lesson that could not be built; the message says why, in the render's own words. */
    static final class Failed extends Exception {
        private final boolean lessonMistake;

        Failed(String message, boolean lessonMistake) {
            super(message);
            this.lessonMistake = lessonMistake;
        }

        /** True when the lesson has a mistake (as `lesson check` would say), false for anything else. */
        boolean lessonMistake() {
            return lessonMistake;
        }
    }

    private LessonBuild() {
    }

    /** The built lesson, and whether its video was rendered now (false: reused). */
    record Built(RenderedLesson lesson, boolean rendered) { }

    /**
     * What to do for one lesson: its build folder, video and the hash of its inputs, and the task
     * that renders it, or none when the video there is fresh.
     */
    record Plan(CourseLesson entry, CheckedLesson checked, Path folder, Path video, Path stamp, String inputs,
                Optional<RenderTask> task) { }

    /**
     * Plans {@code entry}, whose lesson was checked with the course ({@code checked}), in
     * {@code folder}, which is this lesson's alone (see {@link org.lessonstudio.course.PackagePaths#lessonFolders})
     * and lies under {@code root}, the folder every machine of a farm shares.
     */
    static Plan plan(CourseLesson entry, CheckedLesson checked, Path root, Path folder, RenderSettings settings)
            throws IOException {
        Files.createDirectories(folder);
        Path video = folder.resolve("video.mp4");
        Path stamp = folder.resolve("inputs.sha256");
        Lesson lesson = checked.lesson().orElseThrow();
        String inputs = InputsHash.of(lesson, settings);
        boolean fresh = Files.isRegularFile(video) && Files.isRegularFile(stamp)
                && Files.readString(stamp).strip().equals(inputs);
        Optional<RenderTask> task = Optional.empty();
        if (!fresh) {
            Files.deleteIfExists(stamp);
            Path file = lesson.source().path().toAbsolutePath().normalize();
            Path shared = root.toAbsolutePath().normalize();
            task = Optional.of(new RenderTask(entry.name(), shared.toString(), shared.relativize(file).toString(),
                    inputs,
                    TaskSettings.of(settings), null, shared.relativize(video.toAbsolutePath().normalize()).toString()));
        }
        return new Plan(entry, checked, folder, video, stamp, inputs, task);
    }

    /**
     * Finishes a planned lesson once its task (if it had one) is done: the video is the one the task
     * reported, the stamp is written, and the poster, captions and chapters are made beside it.
     */
    static Built finish(Plan plan, TaskResult result, RenderSettings settings, Env env) throws Failed, IOException {
        if (result != null) {
            if (!Files.isRegularFile(plan.video()) || !FileHash.sha256(plan.video()).equals(result.sha256())) {
                throw new Failed(plan.entry().name() + "'s video in " + plan.folder() + " is not the one "
                        + result.worker() + " rendered (missing, cut short or changed since)", false);
            }
            AtomicOutput.write(plan.stamp(), p -> Files.writeString(p, plan.inputs() + "\n"));
        }
        LessonSession.Opened opened = LessonSession.open(plan.checked(), settings.speech(), env);
        if (!(opened instanceof LessonSession.Ready ready)) {
            throw new Failed(plan.entry().name() + " could not be rendered:\n" + opened.said().strip(),
                    opened instanceof LessonSession.Mistakes);
        }
        return new Built(describe(plan.entry(), ready.session(), plan.folder(), plan.video(), settings),
                result != null);
    }

    /** The poster, captions per language and chapters beside the video, and what the page shows. */
    private static RenderedLesson describe(CourseLesson entry, LessonSession session, Path folder, Path video,
                                           RenderSettings settings) throws IOException {
        Timeline timeline = session.timeline();
        VideoFormat size = settings.video(timeline.lesson().video());
        Path poster = folder.resolve("poster.png");
        Stills.poster(session, Gallery.posterTime(timeline), size.width(), size.height(), poster);
        Map<String, Path> captions = new LinkedHashMap<>();
        Map<String, Path> subtitles = new LinkedHashMap<>();
        Map<String, List<RenderedLesson.Line>> cues = new LinkedHashMap<>();
        String own = timeline.lesson().language();
        for (String language : timeline.lesson().languages()) {
            List<Captions.Cue> lines = Captions.of(timeline, language.equals(own) ? null : language);
            if (lines.isEmpty()) {
                continue;
            }
            Path vtt = folder.resolve("captions." + language + ".vtt");
            Path srt = folder.resolve("captions." + language + ".srt");
            AtomicOutput.write(vtt, p -> Files.writeString(p, CaptionFiles.vtt(lines), StandardCharsets.UTF_8));
            AtomicOutput.write(srt, p -> Files.writeString(p, CaptionFiles.srt(lines), StandardCharsets.UTF_8));
            captions.put(language, vtt);
            subtitles.put(language, srt);
            cues.put(language, lines.stream().map(c -> new RenderedLesson.Line(c.start(), c.end(),
                    String.join("\n", c.lines()))).toList());
        }
        Path chapters = folder.resolve("chapters.vtt");
        AtomicOutput.write(chapters, p -> Files.writeString(p, CaptionFiles.chapters(timeline), StandardCharsets.UTF_8));
        Path transcriptFile = folder.resolve("transcript.html");
        AtomicOutput.write(transcriptFile, p -> Files.writeString(p, CaptionFiles.html(timeline), StandardCharsets.UTF_8));
        List<RenderedLesson.Chapter> chapterList = new ArrayList<>();
        List<RenderedLesson.Line> transcript = new ArrayList<>();
        for (ScenePlan scene : timeline.scenes()) {
            chapterList.add(new RenderedLesson.Chapter(scene.scene().title(), scene.start()));
            for (CaptionEvent caption : scene.captions()) {
                double start = scene.start() + caption.start();
                transcript.add(new RenderedLesson.Line(start, start + caption.speech(), caption.text().strip()));
            }
        }
        return new RenderedLesson(entry, timeline.lesson().title(), timeline.duration(), video, poster, captions,
                subtitles, chapters, transcriptFile, chapterList, transcript, cues, timeline.lesson().captions().drawn());
    }
}
