package org.lessonstudio.app.check;

import java.util.Locale;
import org.lessonstudio.dsl.source.Limits;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * The longest a lesson may be ({@link Limits#LESSON_SECONDS}), measured on its timeline laid out
 * from estimated speech, before anything is spoken or drawn: a lesson of forty hours would
 * otherwise be narrated and rendered for days before anyone noticed. The mistake points at the
 * scene during which the lesson passes the limit.
 */
public final class LessonLength {

    private LessonLength() {
    }

    public static void check(Timeline timeline, Diagnostics into) {
        if (timeline.duration() <= Limits.LESSON_SECONDS) {
            return;
        }
        for (ScenePlan scene : timeline.scenes()) {
            if (scene.start() + scene.duration() > Limits.LESSON_SECONDS) {
                into.error(scene.scene().span(), "lesson.too-long", hours(timeline.duration()),
                        hours(Limits.LESSON_SECONDS));
                return;
            }
        }
    }

    private static String hours(double seconds) {
        int minutes = (int) Math.ceil(seconds / 60);
        return minutes % 60 == 0 ? minutes / 60 + " h" : String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
    }
}
