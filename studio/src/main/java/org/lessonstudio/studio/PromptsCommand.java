package org.lessonstudio.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.footage.safety.SafetyCheck;
import org.lessonstudio.footage.Clip;
import org.lessonstudio.footage.ClipCache;
import org.lessonstudio.footage.FootageBudget;
import org.lessonstudio.footage.FootageChooser;
import org.lessonstudio.footage.PromptTemplates;
import org.lessonstudio.footage.ScenePrompt;
import org.lessonstudio.footage.ScenePrompts;
import org.lessonstudio.footage.ShotRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lesson prompts FILE}: every footage statement's prompt, as a storyboard; generates nothing. */
@Command(name = "prompts", description = "Shows the prompt each footage statement gives a video generator, "
        + "scene by scene, without generating anything.")
final class PromptsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .lesson file")
    Path file;

    @Option(names = "--json", description = "print JSON, for other tools, instead of a Markdown storyboard")
    boolean json;

    @Option(names = "--templates", paramLabel = "FOLDER",
            description = "your own prompt templates (a folder with shot.ftl; start from templates/prompts)")
    Path templates;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LessonLoader.ForCommand loaded = LessonLoader.forCommand(file, err, new LessonLoader.Speech(null, true));
        if (loaded.timeline().isEmpty()) {
            return loaded.exitCode();
        }
        Lesson lesson = loaded.timeline().get().lesson();
        PromptTemplates from;
        List<ScenePrompt> prompts;
        try {
            from = templates == null ? PromptTemplates.standard() : PromptTemplates.in(templates);
            prompts = ScenePrompts.of(lesson, from);
        } catch (PromptTemplates.PromptException e) {
            err.println("lesson: " + e.getMessage());
            return ExitCode.LESSON_ERRORS;
        }
        List<String> sources = sources(lesson, prompts);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(lesson, from, prompts, sources) : markdown(lesson, from, prompts, sources));
        out.flush();
        return ExitCode.OK;
    }

    /**
     * For each shot, where its footage will come from and whether it is at hand: a library match
     * with its score, a clip in the cache, or what a render will make. Nothing is made or sent.
     */
    static List<String> sources(Lesson lesson, List<ScenePrompt> prompts) throws IOException {
        FootageChooser chooser = new FootageChooser(
                LessonFootage.providers(lesson, ClipCache.standard(),
                        new FootageBudget(0)), lesson.footage().providers(), false);
        List<ShotRequest> requests = LessonFootage.requests(prompts, lesson.video());
        List<String> sources = new java.util.ArrayList<>();
        SafetyCheck safety = null;
        for (int i = 0; i < prompts.size(); i++) {
            FootageChooser.Choice choice = chooser.look(prompts.get(i), requests.get(i));
            String source;
            if (choice.clip().isPresent()) {
                Clip clip = choice.clip().get();
                source = clip.provider().equals("library") ? "library, " + clip.note()
                        : clip.provider() + ", cached (" + clip.file().getFileName() + ")";
            } else {
                source = choice.provider() + ", not made yet" + (choice.provider().equals("procedural")
                        ? " (drawn from its words when rendered)" : " (made when rendered)");
            }
            if (!choice.notes().isEmpty()) {
                source += "; " + String.join("; ", choice.notes());
            }
            if (LessonFootage.sentToAService(chooser, prompts.get(i))) {
                safety = safety != null ? safety : LessonFootage.safety();
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
            shot.put("footage", sources.get(i));
            shots.add(shot);
        }
        document.put("shots", shots);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document) + "\n";
    }
}
