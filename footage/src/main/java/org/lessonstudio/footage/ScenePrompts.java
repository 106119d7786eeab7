package org.lessonstudio.footage;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.Scene;
import org.lessonstudio.dsl.model.Shape;

/** Every footage statement of a lesson, in order, with the prompt its template makes of it. */
public final class ScenePrompts {

    private ScenePrompts() {
    }

    public static List<ScenePrompt> of(Lesson lesson, PromptTemplates templates)
            throws PromptTemplates.PromptException {
        List<ScenePrompt> prompts = new ArrayList<>();
        for (int i = 0; i < lesson.scenes().size(); i++) {
            Scene scene = lesson.scenes().get(i);
            List<Action.Footage> footage = scene.everyAction().stream().filter(Action.Footage.class::isInstance)
                    .map(Action.Footage.class::cast).toList();
            for (Action.Footage f : footage) {
                Shape.Footage shot = scene.shot(f);
                String blend = shot.framing().blend().name().toLowerCase(java.util.Locale.ROOT);
                Map<String, Object> data = data(lesson, scene, i + 1, shot, f.duration(), blend);
                List<PromptPiece> prompt = templates.expand(PromptTemplates.SHOT, data);
                prompts.add(new ScenePrompt(scene.title(), i + 1, lesson.source().line(f.span().start()),
                        shot.prompt(), f.duration(), blend, shot.provider(), PromptPiece.text(prompt), prompt, shot));
            }
        }
        return prompts;
    }

    private static Map<String, Object> data(Lesson lesson, Scene scene, int number, Shape.Footage shot,
                                            double seconds, String blend) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lesson", Map.of("title", lesson.title(), "audience", Objects.toString(lesson.audience(), ""),
                "language", Objects.toString(lesson.language(), "")));
        data.put("scene", Map.of("title", scene.title(), "number", number));
        data.put("shot", Map.of("description", shot.prompt(), "style", shot.look(), "camera", shot.shot(),
                "mood", shot.mood(), "seconds", seconds, "blend", blend));
        int w = lesson.video().width();
        int h = lesson.video().height();
        int gcd = BigInteger.valueOf(w).gcd(BigInteger.valueOf(h)).intValue();
        data.put("video", Map.of("width", w, "height", h, "aspect", w / gcd + ":" + h / gcd));
        return data;
    }
}
