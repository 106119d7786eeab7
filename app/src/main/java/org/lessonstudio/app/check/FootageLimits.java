package org.lessonstudio.app.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.Scene;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.footage.FootageChooser;
import org.lessonstudio.footage.FootageException;
import org.lessonstudio.footage.Provider;
import org.lessonstudio.footage.Providers;
import org.lessonstudio.footage.ShotRequest;

/**
 * Checks, when a lesson is checked, each shot against what each provider in its order can make
 * (a service's clip lengths, the video's shape), so a teacher learns before rendering, not after,
 * that a shot will go to the next provider instead. Nothing is sent; no key is needed.
 */
public final class FootageLimits {

    private FootageLimits() {
    }

    /** @param environment where the services' models are named ({@code LESSON_RUNWAY_MODEL}, …) */
    public static void check(Lesson lesson, Map<String, String> environment, Diagnostics diagnostics) {
        for (Scene scene : lesson.scenes()) {
            for (Action action : scene.everyAction()) {
                if (!(action instanceof Action.Footage f)) {
                    continue;
                }
                Shape.Footage shot = scene.shot(f);
                List<String> chain = FootageChooser.order(shot.provider(), lesson.footage().providers());
                for (int i = 0; i < chain.size(); i++) {
                    Optional<Provider> provider = Providers.named(chain.get(i), environment);
                    if (provider.isEmpty()) {
                        continue;
                    }
                    try {
                        provider.get().clipSeconds(ShotRequest.of(shot.prompt(), shot.prompt(), f.duration(),
                                lesson.video().width(), lesson.video().height(), lesson.video().fps()));
                    } catch (FootageException e) {
                        String next = i + 1 < chain.size() ? chain.get(i + 1) : "no other provider";
                        diagnostics.warning(f.span(), "footage.limits", chain.get(i), e.getMessage(), next);
                    }
                }
            }
        }
    }
}
