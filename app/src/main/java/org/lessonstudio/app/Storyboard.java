package org.lessonstudio.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.footage.Clip;
import org.lessonstudio.footage.ClipCache;
import org.lessonstudio.footage.FootageBudget;
import org.lessonstudio.footage.FootageChooser;
import org.lessonstudio.footage.PromptTemplates;
import org.lessonstudio.footage.Provider;
import org.lessonstudio.footage.ScenePrompt;
import org.lessonstudio.footage.ScenePrompts;
import org.lessonstudio.footage.ShotRequest;
import org.lessonstudio.footage.safety.SafetyCheck;

/**
 * Every footage statement's prompt as a video generator would receive it, scene by scene, with
 * where its footage will come from: a Markdown storyboard for a teacher, or JSON for other tools.
 * Nothing is generated or sent.
 */
public final class Storyboard {

    private Storyboard() {
    }

    /**
     * The storyboard of a lesson, its prompts made with the teacher's templates (a folder with
     * shot.ftl) or, when {@code templates} is null, the standard ones.
     */
    public static String of(LessonSession session, Path templates, boolean json) throws Stopped, IOException {
        Lesson lesson = session.lesson();
        PromptTemplates from;
        List<ScenePrompt> prompts;
        try {
            from = templates == null ? PromptTemplates.standard() : PromptTemplates.in(templates);
            prompts = ScenePrompts.of(lesson, from);
        } catch (PromptTemplates.PromptException e) {
            throw Stopped.mistakes("", e.getMessage());
        }
        List<String> sources = sources(lesson, prompts, session.env());
        return json ? json(lesson, from, prompts, sources) : markdown(lesson, from, prompts, sources);
    }

    /**
     * For each shot, where its footage will come from and whether it is at hand: a library match
     * with its score, a clip in the cache, or what a render will make. Nothing is made or sent.
     */
    static List<String> sources(Lesson lesson, List<ScenePrompt> prompts, Env env) throws IOException {
        FootageChooser chooser = new FootageChooser(
                LessonFootage.providers(lesson, new ClipCache(env.footageCache()),
                        new FootageBudget(0), env), lesson.footage().providers(), false);
        List<ShotRequest> requests = LessonFootage.requests(prompts, lesson.video());
        List<String> sources = new java.util.ArrayList<>();
        SafetyCheck safety = null;
        List<Optional<OfflineFootage.Shot>> offline = OfflineFootage.shots(lesson, prompts,
                new ClipCache(env.footageCache()), env);
        for (int i = 0; i < prompts.size(); i++) {
            FootageChooser.Choice choice = chooser.look(prompts.get(i), requests.get(i));
            String source;
            if (choice.clip().isPresent()) {
                Clip clip = choice.clip().get();
                source = clip.provider().id() + (clip.provider().keptInTheLessonFolder() ? ", " + clip.note()
                        : ", cached (" + clip.file().getFileName() + ")");
            } else {
                source = choice.provider().map(Provider::id).orElse("") + ", not made yet"
                        + (choice.provider().filter(Provider::drawnWithoutAClip).isPresent()
                        ? " (drawn from its words when rendered)" : " (made when rendered)");
            }
            if (!choice.notes().isEmpty()) {
                source += "; " + String.join("; ", choice.notes());
            }
            if (offline.get(i).isPresent()) {
                source += "; " + OfflineFootage.said(offline.get(i).get());
            }
            if (LessonFootage.sentToAService(chooser, prompts.get(i))) {
                safety = safety != null ? safety : LessonFootage.safety(env);
                Optional<LessonFootage.Unsafe> unsafe = LessonFootage.unsafe(safety, lesson, prompts.get(i));
                if (unsafe.isPresent()) {
                    source += "; not classroom-safe (" + unsafe.get().words() + "): a render would stop before"
                            + " sending it; change " + unsafe.get().change();
                }
            }
            sources.add(source);
        }
        return sources;
    }

    static String markdown(Lesson lesson, PromptTemplates from, List<ScenePrompt> prompts, List<String> sources) {
        StringBuilder md = new StringBuilder("# Scene prompts: " + lesson.title() + "\n\n");
        if (prompts.isEmpty()) {
            return md.append("This lesson has no footage statements.\n").toString();
        }
        md.append("Made with ").append(from.origin()).append(". Nothing has been generated.\n");
        int scene = 0;
        int shot = 0;
        for (ScenePrompt p : prompts) {
            if (p.sceneNumber() != scene) {
                scene = p.sceneNumber();
                md.append("\n## Scene ").append(scene).append(": ").append(p.scene()).append("\n");
            }
            shot++;
            md.append(String.format(Locale.ROOT, "%n**Shot %d** (line %d, %s, %s): \u201C%s\u201D%n%n> %s%n", shot,
                    p.line(), Durations.format(p.seconds()), p.blend().equals("behind") ? "behind the drawing"
                            : p.blend().equals("full") ? "full frame" : p.blend().equals("picture")
                            ? "picture in picture" : "split screen", p.description(), p.prompt()));
            md.append("\nFootage: ").append(sources.get(shot - 1)).append("\n");
        }
        return md.toString();
    }

    static String json(Lesson lesson, PromptTemplates from, List<ScenePrompt> prompts, List<String> sources)
            throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("lesson", lesson.title());
        document.put("templates", from.origin());
        List<Map<String, Object>> shots = new java.util.ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < prompts.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> shot = mapper.convertValue(prompts.get(i), LinkedHashMap.class);
            shot.remove("pieces");
            shot.remove("statement");
            shot.put("footage", sources.get(i));
            shots.add(shot);
        }
        document.put("shots", shots);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document) + "\n";
    }
}
