package org.lessonstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.media.AudioMix;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.voice.Narration;

/**
 * A lesson ready to be rendered, shown or exported: read, put through every check
 * ({@link LessonChecks}), narrated in one language ({@link Voices}) and laid out in time from
 * that narration, so every front end — a command, the preview, course export, the bench — holds
 * the same thing and renders it the same way ({@link RenderJob}, {@link Stills}).
 *
 * <pre>
 * LessonSession.Opened opened = LessonSession.open(Path.of("sine.lesson"), Speech.DEFAULT, env);
 * System.err.print(opened.said());           // warnings, or every mistake
 * if (opened instanceof LessonSession.Ready ready) {
 *     RenderJob.whole(ready.session(), settings, target).run(listener);
 * }
 * </pre>
 */
public final class LessonSession {

    /** How opening a lesson went. */
    public sealed interface Opened permits Ready, Mistakes, Failed {

        /**
         * What a teacher is told, as it is printed: the diagnostics (only warnings, when the lesson
         * is ready), then why it could not be opened, when that is not a mistake in it.
         */
        String said();
    }

    /** The lesson is ready; its warnings (if any) are in {@link LessonSession#diagnostics()}. */
    public record Ready(LessonSession session) implements Opened {
        @Override
        public String said() {
            return DiagnosticPrinter.print(session.diagnostics());
        }
    }

    /** The lesson has mistakes, all of them listed (and warnings among them). */
    public record Mistakes(List<Diagnostic> diagnostics) implements Opened {
        @Override
        public String said() {
            return DiagnosticPrinter.print(diagnostics);
        }
    }

    /**
     * The lesson could not be opened for another reason: a file that cannot be read, a language it
     * is not written in. The diagnostics found on the way come first; the message may be empty.
     */
    public record Failed(List<Diagnostic> diagnostics, String message) implements Opened {
        @Override
        public String said() {
            return DiagnosticPrinter.print(diagnostics) + (message.isEmpty() ? "" : "lesson: " + message + "\n");
        }
    }

    /** The file could not be read at all (missing, a folder, unreadable). */
    public static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private final Lesson lesson;
    private final Timeline timeline;
    private final Narration narration;
    private final List<Diagnostic> diagnostics;
    private final Env env;

    private LessonSession(Timeline timeline, Narration narration, List<Diagnostic> diagnostics, Env env) {
        this.lesson = timeline.lesson();
        this.timeline = timeline;
        this.narration = narration;
        this.diagnostics = List.copyOf(diagnostics);
        this.env = env;
    }

    /** Reads a lesson file and puts it through every check (nothing is spoken yet). */
    public static CheckedLesson read(Path path, Env env) throws Unreadable {
        SourceFile file;
        try {
            if (Files.isDirectory(path)) {
                throw new Unreadable(path + " is a folder, not a lesson file");
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // a pipe or a device would be read forever (or block the open itself): never opened
                throw new Unreadable(path + " is " + OutputGuard.notRegular(path).orElse("not a file")
                        + ", not a lesson file; give the .lesson file itself");
            }
            file = SourceFile.read(path);
        } catch (NoSuchFileException e) {
            throw new Unreadable("there is no file " + path);
        } catch (IOException e) {
            throw new Unreadable("cannot read " + path + ": " + e.getMessage());
        }
        return LessonChecks.check(file, env);
    }

    /** Reads, checks and narrates a lesson in the language asked for (or silently). */
    public static Opened open(Path path, RenderSettings.Speech speech, Env env) {
        try {
            return open(read(path, env), speech, env);
        } catch (Unreadable e) {
            return new Failed(List.of(), e.getMessage());
        }
    }

    /** Narrates a lesson already checked (a course's lessons are checked with the course). */
    public static Opened open(CheckedLesson checked, RenderSettings.Speech speech, Env env) {
        if (!checked.ok()) {
            return new Mistakes(checked.diagnostics());
        }
        Lesson lesson = checked.lesson().get();
        String language = speech.language() == null ? lesson.language() : speech.language();
        if (!lesson.languages().contains(language)) {
            return new Failed(checked.diagnostics(), "the lesson is not written in `" + language + "`; it is in: "
                    + String.join(", ", lesson.languages()));
        }
        Diagnostics voice = new Diagnostics(lesson.source());
        Narration narration;
        try {
            narration = Voices.narrate(lesson, language, !speech.voice(), voice, env);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed(List.of(), "");
        }
        List<Diagnostic> all = new ArrayList<>(checked.diagnostics());
        all.addAll(voice.sorted());
        all.sort(Comparator.comparingInt(d -> d.span().start()));
        if (voice.hasErrors()) {
            return new Mistakes(all);
        }
        return new Ready(new LessonSession(Timeline.of(lesson, language, narration), narration, all, env));
    }

    /**
     * Checks a lesson and lays it out from its real narration, so the preview's timing is the
     * video's. A voice that cannot speak does not stop the preview: the lesson is laid out with
     * estimated sentence lengths and the voice's problems are listed with the lesson's.
     */
    public static Opened forPreview(SourceFile file, Env env) {
        CheckedLesson checked = LessonChecks.check(file, env);
        if (!checked.ok()) {
            return new Mistakes(checked.diagnostics());
        }
        Lesson lesson = checked.lesson().get();
        Diagnostics voice = new Diagnostics(file);
        Narration narration;
        try {
            narration = Voices.narrate(lesson, lesson.language(), false, voice, env);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed(checked.diagnostics(), "");
        }
        if (voice.hasErrors()) {
            narration = Narration.silent(lesson.language());
        }
        List<Diagnostic> all = new ArrayList<>(checked.diagnostics());
        all.addAll(voice.sorted());
        return new Ready(new LessonSession(Timeline.of(lesson, lesson.language(), narration), narration, all, env));
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The lesson laid out in time from its narration: what every frame is drawn from. */
    public Timeline timeline() {
        return timeline;
    }

    public Narration narration() {
        return narration;
    }

    /** The language the lesson is rendered in. */
    public String language() {
        return narration.language();
    }

    /** The warnings found (and, in the preview, a voice's problems). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public Env env() {
        return env;
    }

    /** The lesson's file, or null for a lesson that has none (made in memory). */
    public Path file() {
        return lesson.source().path();
    }

    /** The lesson file and every file it reads, for {@link OutputGuard}. */
    public List<LessonInputs.Input> inputs() {
        return file() == null ? LessonInputs.readBy(lesson) : LessonInputs.of(lesson, file());
    }

    /**
     * The lesson's sound: the narration it was laid out from and its music, mixed and normalised
     * as the video has them; null when the lesson is silent.
     */
    public AudioMix sound() throws IOException {
        AudioMix mix = Voices.mix(timeline, narration);
        if (mix != null) {
            mix.normalise();
        }
        return mix;
    }

    /**
     * The same sound as a 16-bit stereo WAV in a temporary file (deleted when Java exits), for a
     * player that plays files; empty when the lesson is silent.
     */
    public Optional<Path> soundFile() throws IOException {
        AudioMix mix = sound();
        return mix == null ? Optional.empty() : Optional.of(SoundFile.write(mix));
    }
}
