package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.media.VideoProbe;

/**
 * A lesson whose footage asks for Runway or Veo, through the standard prompt template, with no key
 * set (the build removes both keys from the tests' environment): every command works, each shot
 * falls back along the lesson's order, and only a template that adds an unsafe word is refused.
 */
class ServiceFootageTest {

    private static final String LESSON = """
            lesson "Rivers and the sea"
              audience: Grade 7 geography
              video: 1280x720, 30 fps

            scene "Rivers"
              say "A river carries sand down to the sea."
                footage "A wide river flowing into the sea, seen from above" for 4s from runway
              say "Where it slows, the sand settles into a delta."
                footage "A river delta with green islands at low tide" for 4s from veo
            """;

    private static Path lesson(Path folder) throws Exception {
        Path file = folder.resolve("rivers.lesson");
        Files.writeString(file, LESSON);
        return file;
    }

    private static Run render(Path lesson, Path video, String... more) {
        String[] args = {"render", lesson.toString(), "-o", video.toString(), "--size", "160x90", "--fps", "10",
                "--quality", "draft", "--no-voice"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Run.lesson(all);
    }

    @Test
    void withoutAKeyARenderFallsBackToProceduralFootageThroughTheStandardTemplate(@TempDir Path folder)
            throws Exception {
        Path video = folder.resolve("rivers.mp4");
        Run run = render(lesson(folder), video);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Footage, line 7 (Rivers): procedural"), run.out());
        assertTrue(run.out().contains("runway needs a key: set RUNWAYML_API_SECRET in the environment (nothing was"
                + " sent)"), run.out());
        assertTrue(run.out().contains("Footage, line 9 (Rivers): procedural"), run.out());
        assertTrue(run.out().contains("veo needs a key: set GEMINI_API_KEY in the environment (nothing was sent)"),
                run.out());
        assertTrue(VideoProbe.probe(video).duration() > 7.5, "both shots are in the video");

        Run provenance = Run.lesson("provenance", video.toString());
        assertEquals(0, provenance.exitCode(), provenance.err());
        assertTrue(provenance.out().contains("\u201CA wide river flowing into the sea, seen from above\u201D"),
                provenance.out());
        assertFalse(provenance.out().contains("runway") || provenance.out().contains("veo"), provenance.out());
    }

    @Test
    void thePromptsOfServiceShotsAreShownWithTheStandardTemplate(@TempDir Path folder) throws Exception {
        Run run = Run.lesson("prompts", lesson(folder).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("> A wide river flowing into the sea, seen from above. A 4-second shot, 16:9,"
                + " for the educational video \"Rivers and the sea\" (Grade 7 geography). No text, captions, logos"
                + " or watermarks in frame."), run.out());
        assertTrue(run.out().contains("Footage: runway, not made yet (made when rendered)"), run.out());
        assertTrue(run.out().contains("Footage: veo, not made yet (made when rendered)"), run.out());
    }

    @Test
    void aCourseWithAServiceShotExports(@TempDir Path folder) throws Exception {
        lesson(folder);
        Files.writeString(folder.resolve("course.lesson"), """
                course "Landforms"
                  code: GEO7

                lesson "rivers.lesson"
                """);
        Path zip = folder.resolve("landforms.zip");
        Run run = Run.lesson("export", folder.toString(), "--to", "scorm12", "--size", "160x90", "--quality", "draft",
                "--no-voice", "-o", zip.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(zip) > 0);
    }

    @Test
    void aTemplateThatAddsAnUnsafeWordIsRefusedAndOneThatForbidsThingsIsNot(@TempDir Path folder) throws Exception {
        Path lesson = lesson(folder);
        Path templates = Files.createDirectories(folder.resolve("our-prompts"));
        String standard = Files.readString(Path.of("../templates/prompts/shot.ftl"));
        Files.writeString(templates.resolve("shot.ftl"), standard + "In the style of Disney.\n");
        Path video = folder.resolve("rivers.mp4");
        Run refused = render(lesson, video, "--templates", templates.toString());
        assertEquals(1, refused.exitCode(), refused.out());
        assertTrue(refused.err().contains("the prompt made from line 7 is not classroom-safe (brands (brands-and-characters): disney,"
                + " in the template's own words)"), refused.err());
        assertTrue(refused.err().endsWith("nothing was sent to any video service; change the template\n"),
                refused.err());
        assertFalse(Files.exists(video), "nothing was written");
        Run prompts = Run.lesson("prompts", lesson.toString(), "--templates", templates.toString());
        assertEquals(0, prompts.exitCode(), prompts.err());
        assertTrue(prompts.out().contains("Footage: runway, not made yet (made when rendered); not classroom-safe (brands (brands-and-characters): disney, in the template's own words): a"
                + " render would stop before sending it; change the template\n"), prompts.out());

        Files.writeString(templates.resolve("shot.ftl"), standard + "No weapons, blood or logos; never a brand.\n");
        Run forbidding = render(lesson, video, "--templates", templates.toString());
        assertEquals(0, forbidding.exitCode(), forbidding.err());
        assertTrue(Files.exists(video));
    }

    @Test
    void aFootageBudgetThatIsNotSecondsIsRefusedBeforeAnythingIsMade(@TempDir Path folder) throws Exception {
        Path lesson = lesson(folder);
        Path video = folder.resolve("rivers.mp4");
        for (String budget : new String[] {"NaN", "Infinity", "-Infinity", "-5", "lots"}) {
            Run run = render(lesson, video, "--footage-budget", budget);
            assertEquals(1, run.exitCode(), budget + ": " + run.out());
            assertTrue(run.err().contains("Invalid value for option '--footage-budget': '" + budget + "' is not a"
                    + " footage budget; give the most seconds of generated video a render may ask for, such as 60"
                    + " (0 for none)"), run.err());
            assertFalse(Files.exists(video), budget + ": nothing was rendered");
        }
        Run none = render(lesson, video, "--footage-budget", "0s");
        assertEquals(0, none.exitCode(), none.err());
    }
}
