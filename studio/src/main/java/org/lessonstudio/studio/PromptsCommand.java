package org.lessonstudio.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.footage.PromptTemplates;
import org.lessonstudio.footage.ScenePrompt;
import org.lessonstudio.footage.ScenePrompts;
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
        if (templates != null && !Files.isRegularFile(templates.resolve(PromptTemplates.SHOT))) {
            err.println("lesson: " + templates + " has no " + PromptTemplates.SHOT
                    + "; copy templates/prompts to start your own");
            return ExitCode.LESSON_ERRORS;
        }
        PromptTemplates from = templates == null ? PromptTemplates.standard() : PromptTemplates.in(templates);
        List<ScenePrompt> prompts;
        try {
            prompts = ScenePrompts.of(lesson, from);
        } catch (PromptTemplates.PromptException e) {
            err.println("lesson: " + e.getMessage());
            return ExitCode.LESSON_ERRORS;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(lesson, from, prompts) : markdown(lesson, from, prompts));
        out.flush();
        return ExitCode.OK;
    }

    static String markdown(Lesson lesson, PromptTemplates from, List<ScenePrompt> prompts) {
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
                            : "full frame", p.description(), p.prompt()));
        }
        return md.toString();
    }

    static String json(Lesson lesson, PromptTemplates from, List<ScenePrompt> prompts) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("lesson", lesson.title());
        document.put("templates", from.origin());
        document.put("shots", prompts);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document) + "\n";
    }
}
