package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and careless files through the commands a teacher runs: every one a positioned mistake
 * with exit code 2 and nothing written, never a stack trace (issue 11).
 */
class HostileFilesTest {

    private static void noTrace(Run run) {
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("something went wrong"), run.err());
    }

    @Test
    void aLessonLongerThanTwoHoursIsAMistakeAtTheSceneThatPassesTheLimit(@TempDir Path folder) throws IOException {
        Path lesson = folder.resolve("long.lesson");
        Files.writeString(lesson, """
                lesson "Long"

                scene "First hour"
                  wait 3600s

                scene "Second hour"
                  wait 3600s

                scene "Third hour"
                  wait 3600s
                """);
        Run run = Run.lesson("check", lesson.toString(), "--no-voice");
        assertEquals(ExitCode.LESSON_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("long.lesson:6:1: error: the lesson would be 3 h 01 min long,"
                + " but a lesson can be at most 2 h; it passes 2 h in this scene"), run.err());
        noTrace(run);
    }

    private static final String SHRINKING = """
            lesson "Shrinking"

            scene "One"
              value t = 1
              circle c: center (0, 0), radius 1 / t
              draw c
              animate t to 0 over 1s
              wait 1s
            """;

    @Test
    void aRenderStopsAtANumberThatBecomesInfiniteWithItsLineAndWritesNothing(@TempDir Path folder) throws IOException {
        Path lesson = folder.resolve("shrinking.lesson");
        Files.writeString(lesson, SHRINKING);
        Path video = folder.resolve("shrinking.mp4");
        Run run = Run.lesson("render", lesson.toString(), "--no-voice", "--size", "160x90", "--fps", "10",
                "-o", video.toString());
        assertEquals(ExitCode.LESSON_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("shrinking.lesson:5:3: error:"), run.err());
        assertTrue(run.err().contains("`c` works out to infinity, which cannot be drawn"), run.err());
        noTrace(run);
        try (var files = Files.list(folder)) {
            assertEquals(1, files.count(), "only the lesson is in the folder");
        }
    }

    @Test
    void anExportOfACourseWithSuchALessonIsALessonMistakeAndWritesNoPackage(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("shrinking.lesson"), SHRINKING);
        Files.writeString(folder.resolve("course.lesson"), """
                course "Shapes"
                lesson "shrinking.lesson"
                """);
        Path zip = folder.resolve("shapes.zip");
        Run run = Run.lesson("export", folder.toString(), "--to", "html", "--no-voice", "--size", "160x90",
                "--quality", "draft", "-o", zip.toString());
        assertEquals(ExitCode.LESSON_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("shrinking.lesson:5:3: error:"), run.err());
        assertTrue(!Files.exists(zip));
        noTrace(run);
    }

    @Test
    void aStillOfThatMomentIsTheSameMistake(@TempDir Path folder) throws IOException {
        Path lesson = folder.resolve("shrinking.lesson");
        Files.writeString(lesson, SHRINKING);
        Run run = Run.lesson("still", lesson.toString(), "--no-voice", "--at", "2.5s", "-o",
                folder.resolve("x.png").toString());
        assertEquals(ExitCode.LESSON_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("shrinking.lesson:5:3: error:"), run.err());
        noTrace(run);
        assertFalse(Files.exists(folder.resolve("x.png")));
    }

    @Test
    void aGalleryListsThatMistakeAndDrawsTheOtherLessons(@TempDir Path folder) throws IOException {
        Path lessons = Files.createDirectories(folder.resolve("lessons"));
        Files.writeString(lessons.resolve("shrinking.lesson"), SHRINKING);
        Files.writeString(lessons.resolve("fine.lesson"), "lesson \"Fine\"\n\nscene \"One\"\n  circle c: radius 1\n"
                + "  draw c\n");
        Path out = folder.resolve("gallery");
        Run run = Run.lesson("gallery", lessons.toString(), "-o", out.toString(), "--size", "320x180");
        assertEquals(ExitCode.LESSON_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("shrinking.lesson:5:3: error:"), run.err());
        noTrace(run);
        assertTrue(Files.exists(out.resolve("fine.png")));
        assertFalse(Files.exists(out.resolve("shrinking.png")));
        assertTrue(Files.readString(folder.resolve("gallery.md")).contains("fine.png"), "the page is written");
    }

    @Test
    void aStillOfALessonWithASumOfFiftyThousandTermsIsDrawn(@TempDir Path folder) throws IOException {
        Path lesson = folder.resolve("sum.lesson");
        Files.writeString(lesson, "lesson \"Sum\"\n\nscene \"One\"\n  value t = 0.00001\n  point P: at ("
                + String.join(" + ", Collections.nCopies(50_000, "t")) + ", 0)\n  show P\n  wait 2s\n");
        Path png = folder.resolve("sum.png");
        Run run = Run.lesson("still", lesson.toString(), "--no-voice", "--at", "1s", "--size", "320x180",
                "-o", png.toString());
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void aWindows1252FileIsAPositionedMistakeWithAHint(@TempDir Path folder) throws IOException {
        Path lesson = folder.resolve("cp1252.lesson");
        Files.write(lesson, "lesson \"Caf\u00e9 \u2013 maths\"\n\nscene \"S\"\n  say \"hi\"\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Run run = Run.lesson("check", lesson.toString(), "--no-voice");
        assertEquals(ExitCode.LESSON_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("cp1252.lesson:1:12: error: this file is not saved as UTF-8 text"), run.err());
        assertTrue(run.err().contains("hint: save the lesson as UTF-8"), run.err());
        noTrace(run);
    }

    @Test
    void binaryJunkIsAShortListOfPositionedMistakes(@TempDir Path folder) throws IOException {
        Path lesson = folder.resolve("junk.lesson");
        byte[] junk = new byte[200_000];
        new Random(11).nextBytes(junk);
        Files.write(lesson, junk);
        Run run = Run.lesson("render", lesson.toString(), "--no-voice");
        assertEquals(ExitCode.LESSON_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(lesson + ":"), run.err());
        assertTrue(run.err().lines().count() < 20, run.err());
        noTrace(run);
    }

    @Test
    void aFileOverTwoMegabytesIsRefusedWithoutReadingItAll(@TempDir Path folder) throws IOException {
        Path lesson = folder.resolve("huge.lesson");
        Files.writeString(lesson, "lesson \"Huge\"\n\nscene \"S\"\n  say \"" + "word ".repeat(700_000) + "\"\n",
                StandardCharsets.UTF_8);
        Run run = Run.lesson("check", lesson.toString(), "--no-voice");
        assertEquals(ExitCode.LESSON_ERRORS, run.exitCode(), run.err());
        assertTrue(run.err().contains("huge.lesson:1:1: error: this file is 3.3 MB, but a lesson or course file can be"
                + " at most 2 MB"), run.err());
        noTrace(run);
    }
}
