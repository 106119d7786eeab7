package org.lessonstudio.app.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lessonstudio.app.Env;
import org.lessonstudio.dsl.check.Words;
import org.lessonstudio.dsl.parse.Vocabulary;

/** Completion offers what the language's own declarations say may come next. */
class CompletionsTest {

    private static final Env ENV = Env.of(Map.of(), Path.of("target/home"));

    private static List<String> offered(String text) {
        LessonDraft draft = LessonDraft.parse(Path.of("target/c.lesson").toAbsolutePath(), text);
        return Completions.at(draft, text.length(), ENV).items().stream().map(Completion::label).toList();
    }

    @Test
    void everyKindAndActionAtTheStartOfALine() {
        List<String> offered = offered("lesson \"L\"\n\nscene \"One\"\n  ");
        assertTrue(offered.containsAll(Vocabulary.OBJECT_KINDS), offered.toString());
        assertTrue(offered.containsAll(List.of("draw", "fade in", "fade out", "say", "value")), offered.toString());
    }

    @Test
    void everyKindsClausesAfterItsColon() {
        for (String kind : Vocabulary.OBJECT_KINDS) {
            if (kind.equals("group")) {
                continue;
            }
            List<String> offered = offered("lesson \"L\"\n\nscene \"One\"\n  " + kind + " k: ");
            assertEquals(Words.clauses(kind), offered, kind);
        }
    }

    @Test
    void choicesAfterASettingColoursEasingsAndPlaces() {
        assertTrue(offered("lesson \"L\"\n  theme: ").contains("whiteboard"));
        assertTrue(offered("lesson \"L\"\n  ").containsAll(List.of("language", "voice", "theme")));
        String scene = "lesson \"L\"\n\nscene \"One\"\n  circle c: radius 1\n";
        assertTrue(offered(scene + "  circle d: radius 1, color ").contains("teal"));
        assertTrue(offered(scene + "  draw c over 2s, ease ").containsAll(List.of("smooth", "bounce")));
        assertTrue(offered(scene + "  text t: \"Hi\" at ").containsAll(List.of("top right", "c")));
        List<String> footage = offered(scene + "  footage \"A sunrise\" for 2s, transition ");
        assertTrue(footage.contains("crossfade"), footage.toString());
        assertEquals(List.of("center", "radius"), offered(scene + "  point P: at c."));
    }
}
