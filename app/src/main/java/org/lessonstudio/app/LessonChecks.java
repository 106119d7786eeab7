package org.lessonstudio.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lessonstudio.app.check.CrowdedNumbers;
import org.lessonstudio.app.check.FootageLimits;
import org.lessonstudio.app.check.FootageSafety;
import org.lessonstudio.app.check.InputChecks;
import org.lessonstudio.app.check.LessonLength;
import org.lessonstudio.app.check.ReadingSpeed;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.footage.ClipCache;
import org.lessonstudio.footage.safety.SafetyCheck;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.voice.VoiceLanguages;

/**
 * Every check a lesson goes through before anything is spoken or drawn, the same for every front
 * end: the language's own checks ({@link LessonCompiler}), then what the language cannot judge
 * alone — every formula typeset, every picture and sound opened, every character matched to a
 * font ({@link InputChecks}) — its footage's words against the classroom-safety rules
 * ({@link FootageSafety}) and against what the services make ({@link FootageLimits}), whether
 * its voices speak its languages ({@link VoiceLanguages}), its length ({@link LessonLength}) and
 * whether its axes' numbers can be read ({@link CrowdedNumbers}).
 * All of them report into one list; none stops the others.
 */
public final class LessonChecks {

    private LessonChecks() {
    }

    /** Checks a lesson and lays it out in time from estimated speech, when it has no errors. */
    public static CheckedLesson check(SourceFile file, Env env) {
        LessonCompiler.Result result = LessonCompiler.compile(file);
        Diagnostics found = new Diagnostics(file);
        InputChecks.check(file, result.checkedParts().scenes(), found);
        FootageSafety.check(result.checkedParts().scenes().stream().flatMap(scene -> scene.shapes().stream())
                .filter(Shape.Footage.class::isInstance).map(Shape.Footage.class::cast).toList(),
                result.checkedParts().safety(), SafetyCheck.schoolFolder(env.forStages()), found);
        if (result.ok()) {
            FootageLimits.check(result.lesson().get(), env.forStages(), found);
            if (!found.hasErrors()) {
                // what a shot drawn offline cannot show matters once its words may be shown at all
                OfflineFootage.check(result.lesson().get(), new ClipCache(env.footageCache()), env, found);
            }
        }
        List<Diagnostic> all = new ArrayList<>(result.diagnostics());
        all.addAll(found.sorted());
        all.sort(Comparator.comparingInt(d -> d.span().start()));
        if (!result.ok() || found.hasErrors()) {
            return new CheckedLesson(Optional.empty(), Optional.empty(), all);
        }
        Lesson lesson = result.lesson().get();
        Diagnostics voices = new Diagnostics(file);
        try {
            VoiceLanguages.check(lesson, VoiceLanguages.espeak(), voices);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        all.addAll(voices.sorted());
        all.sort(Comparator.comparingInt(d -> d.span().start()));
        Timeline timeline = Timeline.of(lesson);
        Diagnostics length = new Diagnostics(file);
        LessonLength.check(timeline, length);
        ReadingSpeed.check(timeline, length);
        CrowdedNumbers.check(timeline, length);
        all.addAll(length.sorted());
        all.sort(Comparator.comparingInt(d -> d.span().start()));
        if (length.hasErrors()) {
            return new CheckedLesson(Optional.empty(), Optional.empty(), all);
        }
        return new CheckedLesson(Optional.of(lesson), Optional.of(timeline), all);
    }
}
