package org.lessonstudio.studio;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.media.AudioMix;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.voice.Narration;

/**
 * Reads and checks a lesson the same way for every command: the language's checks, then every
 * formula typeset once (so a broken formula is reported like any other mistake, not at frame 900).
 */
public final class LessonLoader {

    /** The file could not be read at all (missing, a folder, unreadable). */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private LessonLoader() {
    }

    /**
     * A lesson ready for a command, laid out in time in one language (with its narration), or the
     * exit code the command should stop with.
     */
    record ForCommand(Optional<Timeline> timeline, Narration narration, int exitCode) { }

    /** How a command wants the lesson: in which language, and whether to speak it. */
    record Speech(String language, boolean noVoice) {
        static final Speech DEFAULT = new Speech(null, false);
    }

    static ForCommand forCommand(Path path, PrintWriter err) {
        return forCommand(path, err, Speech.DEFAULT);
    }

    /**
     * Reads and checks a lesson for a command, printing every problem found to {@code err}: a file
     * that cannot be read is exit code 1, a lesson with mistakes (or a voice that cannot speak)
     * exit code 2.
     */
    static ForCommand forCommand(Path path, PrintWriter err, Speech speech) {
        LoadedLesson loaded;
        try {
            loaded = load(path);
        } catch (Unreadable e) {
            err.println("lesson: " + e.getMessage());
            return new ForCommand(Optional.empty(), null, ExitCode.FAILURE);
        }
        if (!loaded.ok()) {
            err.print(DiagnosticPrinter.print(loaded.diagnostics()));
            err.flush();
            return new ForCommand(Optional.empty(), null, ExitCode.LESSON_ERRORS);
        }
        Lesson lesson = loaded.lesson().get();
        String language = speech.language() == null ? lesson.language() : speech.language();
        if (!lesson.languages().contains(language)) {
            err.print(DiagnosticPrinter.print(loaded.diagnostics()));
            err.println("lesson: the lesson is not written in `" + language + "`; it is in: "
                    + String.join(", ", lesson.languages()));
            err.flush();
            return new ForCommand(Optional.empty(), null, ExitCode.FAILURE);
        }
        Diagnostics voice = new Diagnostics(lesson.source());
        Narration narration;
        try {
            narration = Voices.narrate(lesson, language, speech.noVoice(), voice);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ForCommand(Optional.empty(), null, ExitCode.FAILURE);
        }
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        all.addAll(voice.sorted());
        all.sort(Comparator.comparingInt(d -> d.span().start()));
        err.print(DiagnosticPrinter.print(all));
        err.flush();
        if (voice.hasErrors()) {
            return new ForCommand(Optional.empty(), null, ExitCode.LESSON_ERRORS);
        }
        return new ForCommand(Optional.of(Timeline.of(lesson, language, narration)), narration, ExitCode.OK);
    }

    static LoadedLesson load(Path path) throws Unreadable {
        SourceFile file;
        try {
            if (Files.isDirectory(path)) {
                throw new Unreadable(path + " is a folder, not a lesson file");
            }
            file = SourceFile.read(path);
        } catch (NoSuchFileException e) {
            throw new Unreadable("there is no file " + path);
        } catch (IOException e) {
            throw new Unreadable("cannot read " + path + ": " + e.getMessage());
        }
        return check(file);
    }

    /**
     * Checks a lesson and lays it out from its real narration, so the preview's timing is the
     * video's. A voice that cannot speak does not stop the preview: the lesson is laid out with
     * estimated sentence lengths and the voice's problems are listed with the lesson's.
     */
    public static LoadedLesson forPreview(SourceFile file) {
        LoadedLesson loaded = check(file);
        if (!loaded.ok()) {
            return loaded;
        }
        Lesson lesson = loaded.lesson().get();
        Diagnostics voice = new Diagnostics(file);
        Narration narration;
        try {
            narration = Voices.narrate(lesson, lesson.language(), false, voice);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return loaded;
        }
        if (voice.hasErrors()) {
            narration = Narration.silent(lesson.language());
        }
        List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
        all.addAll(voice.sorted());
        return new LoadedLesson(loaded.lesson(), Optional.of(Timeline.of(lesson, lesson.language(), narration)), all);
    }

    /**
     * The sound of a lesson laid out for the preview: the narration it was laid out from and its
     * music, mixed and normalised as the video will have them; null when the lesson is silent.
     */
    public static AudioMix sound(Timeline timeline) throws IOException {
        if (!(timeline.speech() instanceof Narration narration)) {
            return null;
        }
        AudioMix mix = Voices.mix(timeline, narration);
        if (mix != null) {
            mix.normalise();
        }
        return mix;
    }

    /**
     * Checks a lesson: the language's checks, then what it uses ({@link InputChecks}: formulas,
     * pictures, sound files, fonts) and its footage (safety, what services can make).
     */
    public static LoadedLesson check(SourceFile file) {
        LessonCompiler.Result result = LessonCompiler.compile(file);
        Diagnostics formulas = new Diagnostics(file);
        InputChecks.check(file, result.checkedParts().scenes(), formulas);
        FootageSafety.check(result.checkedParts().scenes().stream().flatMap(scene -> scene.shapes().stream())
                .filter(Shape.Footage.class::isInstance).map(Shape.Footage.class::cast).toList(),
                result.checkedParts().safety(), formulas);
        if (result.ok()) {
            FootageLimits.check(result.lesson().get(), formulas);
        }
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        all.addAll(formulas.sorted());
        all.sort(Comparator.comparingInt(d -> d.span().start()));
        if (!result.ok() || formulas.hasErrors()) {
            return new LoadedLesson(Optional.empty(), Optional.empty(), all);
        }
        Lesson lesson = result.lesson().get();
        Timeline timeline = Timeline.of(lesson);
        Diagnostics length = new Diagnostics(file);
        LessonLength.check(timeline, length);
        if (length.hasErrors()) {
            all.addAll(length.sorted());
            all.sort(Comparator.comparingInt(d -> d.span().start()));
            return new LoadedLesson(Optional.empty(), Optional.empty(), all);
        }
        return new LoadedLesson(Optional.of(lesson), Optional.of(timeline), all);
    }
}
