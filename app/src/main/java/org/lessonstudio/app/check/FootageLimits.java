package org.lessonstudio.app.check;

import java.util.List;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.Scene;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.footage.ClipCache;
import org.lessonstudio.footage.FootageBudget;
import org.lessonstudio.footage.FootageChooser;
import org.lessonstudio.footage.FootageException;
import org.lessonstudio.footage.GeneratedFootage;
import org.lessonstudio.footage.ShotRequest;

/**
 * Checks, when a lesson is checked, each shot bound for a video service against what its model
 * makes (lengths, the video's shape), so a teacher learns before rendering, not after, that a
 * shot will go to the next provider instead. Nothing is sent; no key is needed.
 */
public final class FootageLimits {

    private FootageLimits() {
    }

    public static void check(Lesson lesson, ClipCache cache, Diagnostics diagnostics) {
        FootageBudget none = new FootageBudget(0);
        for (Scene scene : lesson.scenes()) {
            for (Action action : scene.everyAction()) {
                if (!(action instanceof Action.Footage f)) {
                    continue;
                }
                Shape.Footage shot = scene.shot(f);
                List<String> chain = FootageChooser.order(shot.provider(), lesson.footage().providers());
                for (int i = 0; i < chain.size(); i++) {
                    String name = chain.get(i);
                    if (!name.equals("runway") && !name.equals("veo")) {
                        continue;
                    }
                    GeneratedFootage service = name.equals("runway") ? GeneratedFootage.runway(cache, none)
                            : GeneratedFootage.veo(cache, none);
                    try {
                        service.check(ShotRequest.of(shot.prompt(), shot.prompt(), f.duration(),
                                lesson.video().width(), lesson.video().height(), lesson.video().fps()));
                    } catch (FootageException e) {
                        String next = i + 1 < chain.size() ? chain.get(i + 1) : "no other provider";
                        diagnostics.warning(f.span(), "footage.limits", name, e.getMessage(), next);
                    }
                }
            }
        }
    }
}
