package org.lessonstudio.footage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.source.SourceFile;

/** A shot written in a few words becomes the full prompt a video generator receives. */
class ScenePromptsTest {

    private static Lesson lesson() {
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.of("wheel.lesson", """
                lesson "Where does sine come from?"
                  audience: Grade 10 mathematics
                  video: 1920x1080, 30 fps

                scene "A wheel that turns"
                  footage "A Ferris wheel turning slowly at dusk" for 4s, style "documentary", mood "calm"

                scene "Waves"
                  circle c: radius 1
                  say "Waves roll in."
                    together
                      footage "Waves on a beach, seen from above" for 2.5s, blend behind, shot "slow drift"
                      draw c
                """));
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
        return result.lesson().get();
    }

    @Test
    void theStandardTemplateAddsTheLessonsContextAndClassroomRules() throws Exception {
        List<ScenePrompt> prompts = ScenePrompts.of(lesson(), PromptTemplates.standard());
        assertEquals(2, prompts.size());
        assertEquals(new ScenePrompt("A wheel that turns", 1, 6, "A Ferris wheel turning slowly at dusk", 4, "full", "",
                "A Ferris wheel turning slowly at dusk. Style: documentary. Mood: calm. A 4-second shot, 16:9, "
                        + "for the educational video \"Where does sine come from?\" (Grade 10 mathematics). "
                        + "No text, captions, logos or watermarks in frame. No real, identifiable people. "
                        + "Suitable for a school classroom.", prompts.get(0).pieces(), prompts.get(0).statement()),
                prompts.get(0));
        assertEquals("documentary", prompts.get(0).statement().look(), "the statement it came from, style and all");
        assertEquals(List.of("A Ferris wheel turning slowly at dusk", "documentary", "calm", "4", "16:9",
                "Where does sine come from?", "Grade 10 mathematics"), prompts.get(0).pieces().stream()
                .filter(p -> p.origin() == PromptPiece.Origin.LESSON).map(PromptPiece::text).toList(),
                "the lesson's words are told apart from the template's");
        ScenePrompt waves = prompts.get(1);
        assertEquals(2, waves.sceneNumber());
        assertEquals(12, waves.line());
        assertEquals("Waves on a beach, seen from above. Camera: slow drift. It plays behind diagrams drawn over "
                + "it, so keep it simple and uncluttered. A 2.5-second shot, 16:9, for the educational video "
                + "\"Where does sine come from?\" (Grade 10 mathematics). No text, captions, logos or watermarks "
                + "in frame. No real, identifiable people. Suitable for a school classroom.", waves.prompt());
    }

    @Test
    void aTeachersOwnTemplateIsUsedAndAMissingValueNamesItsLine(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("shot.ftl"), "${shot.description} in ${lesson.language}\n");
        assertEquals("A Ferris wheel turning slowly at dusk in en",
                ScenePrompts.of(lesson(), PromptTemplates.in(folder)).get(0).prompt());

        Files.writeString(folder.resolve("shot.ftl"), "${shot.description}\nIn ${shot.colour}.\n");
        PromptTemplates.PromptException missing = assertThrows(PromptTemplates.PromptException.class,
                () -> ScenePrompts.of(lesson(), PromptTemplates.in(folder)));
        assertEquals("the prompt template shot.ftl, line 2 (" + folder + "): `shot.colour` has no value",
                missing.getMessage());
    }

    @Test
    void templatesCannotRunJavaOrReadOutsideTheirFolder(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("prompts"));
        Files.writeString(root.resolve("secret.txt"), "the school's password");
        for (String attack : List.of(
                "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}",
                "${shot?api.getClass()}",
                "<#include \"../secret.txt\">")) {
            Files.writeString(folder.resolve("shot.ftl"), attack);
            PromptTemplates.PromptException refused = assertThrows(PromptTemplates.PromptException.class,
                    () -> ScenePrompts.of(lesson(), PromptTemplates.in(folder)), attack);
            assertTrue(refused.getMessage().startsWith("the prompt template "), refused.getMessage());
            assertTrue(!refused.getMessage().contains("password"), refused.getMessage());
        }
    }

    @Test
    void aTemplateThatIsALinkLeadingOutOfItsFolderIsRefusedPlainly(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.resolve("prompts"));
        Files.writeString(root.resolve("secret.ftl"), "the school's password");
        Path shot = Files.createSymbolicLink(folder.resolve("shot.ftl"), Path.of("../secret.ftl"));
        PromptTemplates.PromptException refused = assertThrows(PromptTemplates.PromptException.class,
                () -> ScenePrompts.of(lesson(), PromptTemplates.in(folder)));
        assertEquals("the prompt template shot.ftl cannot be used: `shot.ftl` is a link to ../secret.ftl, which is "
                + "outside the folder " + folder.toRealPath() + "; copy the file into the folder instead of linking to it",
                refused.getMessage());

        Files.delete(shot);
        Files.writeString(folder.resolve("shot.ftl"), "${shot.description}. <#include \"part.ftl\">\n");
        Path part = Files.createSymbolicLink(folder.resolve("part.ftl"), root.resolve("secret.ftl"));
        PromptTemplates.PromptException included = assertThrows(PromptTemplates.PromptException.class,
                () -> ScenePrompts.of(lesson(), PromptTemplates.in(folder)));
        assertTrue(included.getMessage().startsWith("the prompt template part.ftl cannot be used: `part.ftl` is a "
                + "link to " + root.resolve("secret.ftl")), included.getMessage());

        Files.delete(part);
        Files.createDirectories(folder.resolve("parts"));
        Files.writeString(folder.resolve("parts/ending.ftl"), "Camera still.");
        Files.createSymbolicLink(folder.resolve("part.ftl"), Path.of("parts/ending.ftl"));
        assertEquals("A Ferris wheel turning slowly at dusk. Camera still.",
                ScenePrompts.of(lesson(), PromptTemplates.in(folder)).get(0).prompt(), "a link inside is fine");
    }
}
