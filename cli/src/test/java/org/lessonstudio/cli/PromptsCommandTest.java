package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lesson prompts` shows each shot's prompt as a storyboard and generates nothing. */
class PromptsCommandTest {

    private static final Path EXAMPLE = Path.of("../examples/footage.lesson");

    @Test
    void theStoryboardListsEveryShotWithItsPrompt() {
        Run run = Run.lesson("prompts", EXAMPLE.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("# Scene prompts: Waves everywhere\n\nMade with the standard templates. "
                + "Nothing has been generated.\n\n## Scene 1: Waves we can see\n"), run.out());
        assertTrue(run.out().contains("**Shot 2** (line 16, 4.0 s, behind the drawing): \u201COcean waves rolling "
                + "onto a sandy beach, seen from above\u201D\n\n> Ocean waves rolling onto a sandy beach, seen from "
                + "above. It plays behind diagrams"), run.out());
    }

    /**
     * The flagship's storyboard, word for word (src/test/resources/golden/flagship-prompts.md). After a
     * deliberate change to the templates, rewrite it with {@code -Dgolden.update=true} and read the diff.
     */
    @Test
    void theFlagshipsStoryboardIsAsReviewed() throws Exception {
        Run run = Run.lesson("prompts", "../examples/sine-from-unit-circle.lesson");
        assertEquals(0, run.exitCode(), run.err());
        Path golden = Path.of("src/test/resources/golden/flagship-prompts.md");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, run.out());
        }
        assertEquals(Files.readString(golden), run.out());
    }

    @Test
    void aBrokenTemplateIsAMistakeWithItsLine(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("shot.ftl"), "${shot.description}\n${lesson.subject}\n");
        Run run = Run.lesson("prompts", EXAMPLE.toString(), "--templates", folder.toString());
        assertEquals(2, run.exitCode());
        assertEquals("lesson: the prompt template shot.ftl, line 2 (" + folder + "): `lesson.subject` has no value\n",
                run.err());
        assertEquals("", run.out());
    }
}
