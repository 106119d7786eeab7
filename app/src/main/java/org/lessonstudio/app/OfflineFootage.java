package org.lessonstudio.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.source.Span;
import org.lessonstudio.footage.ClipCache;
import org.lessonstudio.footage.Provider;
import org.lessonstudio.footage.FootageBudget;
import org.lessonstudio.footage.FootageChooser;
import org.lessonstudio.footage.PromptTemplates;
import org.lessonstudio.footage.ScenePrompt;
import org.lessonstudio.footage.ScenePrompts;
import org.lessonstudio.footage.ShotRequest;
import org.lessonstudio.renderer.OfflineWords;

/**
 * Honest offline footage: for each shot that a render would draw offline (no clip in the library
 * or the cache, no video service before the {@code procedural} provider), the words of its
 * description the drawer cannot show ({@link OfflineWords}) — said at check as a warning on the
 * footage statement, and in {@code lesson prompts} beside the shot. Nothing is made or sent.
 */
final class OfflineFootage {

    /** What the offline drawer will make of one shot: the statement's line, what it shows, what it cannot. */
    record Shot(ScenePrompt prompt, OfflineWords.Coverage coverage) { }

    private OfflineFootage() {
    }

    /** The shots a render would draw offline, each with what the drawer shows of it. */
    static List<Optional<Shot>> shots(Lesson lesson, List<ScenePrompt> prompts, ClipCache cache, Env env) {
        FootageChooser chooser = new FootageChooser(LessonFootage.providers(lesson, cache, new FootageBudget(0), env),
                lesson.footage().providers(), false);
        List<ShotRequest> requests = LessonFootage.requests(prompts, lesson.video());
        List<Optional<Shot>> shots = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            FootageChooser.Choice choice = chooser.look(prompts.get(i), requests.get(i));
            boolean drawn = choice.provider().filter(Provider.Procedural.class::isInstance).isPresent()
                    && (choice.clip().isEmpty() || choice.clip().get().provider() instanceof Provider.Procedural);
            shots.add(drawn ? Optional.of(new Shot(prompts.get(i), OfflineWords.of(prompts.get(i).description())))
                    : Optional.empty());
        }
        return shots;
    }

    /** What {@code lesson prompts} says beside a shot drawn offline. */
    static String said(Shot shot) {
        OfflineWords.Coverage c = shot.coverage();
        String shows = c.shown().isEmpty() ? "only a sky over land" : String.join(", ", c.shown());
        return "drawn offline, it shows " + shows + (c.complete() ? ""
                : "; " + String.join(", ", c.missing()) + ": not drawn offline — add a clip to the clips folder or"
                + " use a video service");
    }

    /** Warns at each footage statement whose words the offline drawer cannot all show. */
    static void check(Lesson lesson, ClipCache cache, Env env, Diagnostics diagnostics) {
        List<ScenePrompt> prompts;
        try {
            prompts = ScenePrompts.of(lesson, PromptTemplates.standard());
        } catch (PromptTemplates.PromptException e) {
            return; // the lesson's own templates are judged when it is rendered
        }
        for (Optional<Shot> found : shots(lesson, prompts, cache, env)) {
            if (found.isEmpty() || found.get().coverage().complete()) {
                continue;
            }
            OfflineWords.Coverage c = found.get().coverage();
            Span at = statement(lesson, found.get().prompt().line());
            if (c.shown().isEmpty()) {
                diagnostics.warning(at, "footage.not-drawn", String.join(", ", c.missing()));
            } else {
                diagnostics.warning(at, "footage.partly-drawn", String.join(", ", c.shown()),
                        String.join(", ", c.missing()));
            }
        }
    }

    /** The footage statement on a line: from the word {@code footage} to the line's end. */
    private static Span statement(Lesson lesson, int line) {
        String text = lesson.source().text();
        int start = 0;
        for (int l = 1; l < line && start >= 0; l++) {
            start = text.indexOf('\n', start) + 1;
        }
        start = Math.max(0, start);
        int end = lesson.source().lineEnd(start);
        int word = text.indexOf("footage", start);
        return word >= 0 && word < end ? new Span(word, end) : new Span(start, end);
    }
}
