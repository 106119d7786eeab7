package org.lessonstudio.app.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.footage.safety.Level;
import org.lessonstudio.footage.safety.Refusal;
import org.lessonstudio.footage.safety.SafetyCheck;
import org.lessonstudio.footage.safety.Verdict;

/**
 * Checks footage statements' words with the offline classroom-safety check at the lesson's level,
 * as mistakes in the lesson: found by `lesson check`, before anything could be sent anywhere.
 */
public final class FootageSafety {

    private FootageSafety() {
    }

    /**
     * Checks every footage statement in {@code shots} (the rules, Lesson Studio's and the school's
     * additions in {@code schoolFolder}, are read once, and only if there are any).
     */
    public static void check(List<Shape.Footage> shots, String level, Path schoolFolder, Diagnostics diagnostics) {
        if (shots.isEmpty()) {
            return;
        }
        SafetyCheck check;
        try {
            check = SafetyCheck.load(schoolFolder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Shape.Footage shot : shots) {
            String words = String.join(" \n ", shot.prompt(), shot.look(), shot.shot(), shot.mood());
            Verdict verdict = check.check(words, Level.of(level));
            if (!verdict.allowed()) {
                Refusal first = verdict.refusals().get(0);
                String quoted = verdict.refusals().stream().flatMap(r -> r.words().stream()).distinct()
                        .map(w -> "`" + w + "`").collect(Collectors.joining(", "));
                diagnostics.error(shot.span(), "footage.unsafe", verdict.categories(), quoted, first.rule(),
                        first.rephrase(), verdict.onlyStrict()
                                ? "; for older students, `safety: standard` in the lesson's header allows this" : "");
            }
        }
    }
}
