package org.lessonstudio.app.course;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.lessonstudio.app.CheckedLesson;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.Gallery;
import org.lessonstudio.app.LessonInputs;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.RenderJob;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stills;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.app.captions.CaptionFiles;
import org.lessonstudio.app.captions.Captions;
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
 * and kept beside the video. The lesson is checked once, with the course, and narrated once; its
 * video is made by the same {@link RenderJob} as {@code lesson render}, whole or not at all.
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

    /** Bumped when what a build folder holds changes. */
    private static final String VERSION = "lesson-studio 0.1.0 build 1";

    private LessonBuild() {
    }

    /** The built lesson, and whether its video was rendered now (false: reused). */
    record Built(RenderedLesson lesson, boolean rendered) { }

    /**
     * Builds {@code entry}, whose lesson was checked with the course ({@code checked}), in
     * {@code folder}, which is this lesson's alone (see {@link org.lessonstudio.course.PackagePaths#lessonFolders}).
     */
    static Built build(CourseLesson entry, CheckedLesson checked, Path folder, RenderSettings settings, Env env)
            throws Failed, IOException {
        Files.createDirectories(folder);
        Path video = folder.resolve("video.mp4");
        Path stamp = folder.resolve("inputs.sha256");
        String inputs = inputs(checked.lesson().orElseThrow(), settings);
        boolean fresh = Files.isRegularFile(video) && Files.isRegularFile(stamp)
                && Files.readString(stamp).strip().equals(inputs);
        LessonSession.Opened opened = LessonSession.open(checked, settings.speech(), env);
        if (!(opened instanceof LessonSession.Ready ready)) {
            throw new Failed(entry.name() + " could not be rendered:\n" + opened.said().strip(),
                    opened instanceof LessonSession.Mistakes);
        }
        if (!fresh) {
            Files.deleteIfExists(stamp);
            try {
                RenderJob.whole(ready.session(), settings, video).run(new RenderJob.Listener() { });
            } catch (Stopped stopped) {
                StringBuilder said = new StringBuilder(stopped.report());
                stopped.lines().forEach(line -> said.append("lesson: ").append(line).append('\n'));
                throw new Failed(entry.name() + " could not be rendered:\n" + said.toString().strip(),
                        stopped.lessonMistake());
            }
            AtomicOutput.write(stamp, p -> Files.writeString(p, inputs + "\n"));
        }
        return new Built(describe(entry, ready.session(), folder, video, settings), !fresh);
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

    /**
     * The settings as they are hashed, written as they were when a course's lessons were rendered by
     * running the command line, so that builds made then are still found fresh.
     */
    static String key(RenderSettings settings) {
        return "Settings[size=" + settings.size() + ", quality=" + settings.quality().name().toLowerCase(Locale.ROOT)
                + ", noVoice=" + !settings.speech().voice() + ", offline=" + settings.footage().offline() + "]";
    }

    /** The hash of everything that goes into the lesson's video: its text, the files it reads, the settings. */
    static String inputs(Lesson lesson, RenderSettings settings) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((VERSION + "\n" + key(settings) + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(lesson.source().text().getBytes(StandardCharsets.UTF_8));
            for (Path file : new TreeSet<>(LessonInputs.readBy(lesson).stream()
                    .map(LessonInputs.Input::file).toList())) {
                sha.update(('\n' + file.toString() + '\n').getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(file)) {
                    sha.update(org.lessonstudio.renderer.HeldInputs.bytes(file));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
