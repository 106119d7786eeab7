package org.lessonstudio.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.footage.ClassroomSafety;

/**
 * Checks footage statements' words against the classroom-safety lists at the lesson's level,
 * as mistakes in the lesson: found by `lesson check`, before anything could be sent anywhere.
 */
final class FootageSafety {

    private final String level;
    private final ClassroomSafety policy;
    private final ClassroomSafety standard;

    private FootageSafety(String level) {
        this.level = level;
        this.policy = policy(level);
        this.standard = level.equals("standard") ? policy : policy("standard");
    }

    /** Checks every footage statement in {@code shots} (the lists are read once, and only if there are any). */
    static void check(List<Shape.Footage> shots, String level, Diagnostics diagnostics) {
        if (shots.isEmpty()) {
            return;
        }
        FootageSafety safety = new FootageSafety(level);
        for (Shape.Footage shot : shots) {
            safety.check(shot, diagnostics);
        }
    }

    private void check(Shape.Footage footage, Diagnostics diagnostics) {
        String words = String.join(" \n ", footage.prompt(), footage.look(), footage.shot(), footage.mood());
        List<ClassroomSafety.Finding> found = policy.check(words);
        if (found.isEmpty()) {
            return;
        }
        String categories = found.stream().map(ClassroomSafety.Finding::category).distinct()
                .collect(Collectors.joining(", "));
        String listed = found.stream().map(f -> "`" + f.word() + "`").collect(Collectors.joining(", "));
        boolean strictOnly = !level.equals("standard") && standard.check(words).isEmpty();
        diagnostics.error(footage.span(), "footage.unsafe", categories, listed,
                strictOnly ? "; for older students, `safety: standard` in the lesson's header allows these" : "");
    }

    private static ClassroomSafety policy(String level) {
        try {
            return ClassroomSafety.at(level, ClassroomSafety.schoolFolder(System.getenv()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
