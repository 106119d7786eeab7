package org.lessonstudio.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lesson export`: renders only what changed, writes the same package for the same course, and nothing for a broken one. */
class ExportCommandTest {

    private static void lesson(Path folder, String name, String words) throws Exception {
        Files.writeString(folder.resolve(name + ".lesson"), """
                lesson "%s"
                  video: 1280x720, 30 fps

                scene "One"
                  circle c: radius 2
                  say "%s"
                    draw c over 1s
                """.formatted(name, words));
    }

    private static Run export(Path course, Path zip) {
        return Run.lesson("export", course.toString(), "--to", "scorm12", "--size", "160x90", "--quality", "draft",
                "--no-voice", "-o", zip.toString());
    }

    @Test
    void unchangedLessonsAreReusedTheSameCourseGivesTheSameBytesAndABrokenLessonWritesNothing(@TempDir Path folder)
            throws Exception {
        lesson(folder, "first", "A circle.");
        lesson(folder, "second", "Another circle.");
        Files.writeString(folder.resolve("course.lesson"), """
                course "Two circles"
                  code: TWO

                lesson "first.lesson"
                lesson "second.lesson"
                """);
        Path zip = folder.resolve("two.zip");
        Run cold = export(folder, zip);
        assertEquals(0, cold.exitCode(), cold.err());
        assertTrue(cold.out().contains("(scorm12, 2 lessons: 2 rendered, 0 reused; "), cold.out());
        byte[] first = Files.readAllBytes(zip);

        Path again = folder.resolve("again.zip");
        Run warm = export(folder, again);
        assertTrue(warm.out().contains("2 lessons: 0 rendered, 2 reused"), warm.out());
        assertArrayEquals(first, Files.readAllBytes(again), "the same course, the same bytes");

        lesson(folder, "second", "Another circle, a little bigger.");
        Run edited = export(folder, again);
        assertTrue(edited.out().contains("2 lessons: 1 rendered, 1 reused"), edited.out());

        Files.writeString(folder.resolve("second.lesson"), Files.readString(folder.resolve("second.lesson"))
                .replace("circle c: radius 2", "cirle c: radius 2"));
        Run broken = export(folder, zip);
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().contains("second.lesson:5:3: error:"), broken.err());
        assertTrue(broken.err().endsWith("lesson: nothing was exported; fix the mistakes above and export again\n"),
                broken.err());
        assertArrayEquals(first, Files.readAllBytes(zip), "the earlier package is untouched");
    }

    @Test
    void aCourseWithMistakesSaysWhereAndExportsNothing(@TempDir Path folder) throws Exception {
        lesson(folder, "first", "A circle.");
        Files.writeString(folder.resolve("course.lesson"), """
                course "Circles"

                lesson "first.lesson"
                lesson "missing.lesson"
                """);
        Run run = export(folder, folder.resolve("c.zip"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(folder.resolve("course.lesson") + ":4:8: error: there is no lesson file "
                + "\"missing.lesson\" in the course's folder\n"), run.err());
        assertTrue(Files.notExists(folder.resolve("c.zip")));
        Run wrong = Run.lesson("export", folder.toString(), "--to", "moodle");
        assertEquals(1, wrong.exitCode());
        assertEquals("lesson: `moodle` is not a package format; use scorm12, scorm2004, cc or html\n", wrong.err());
    }

    @Test
    void aBilingualLessonCarriesCaptionsInBothLanguagesAndTeachersCanChangeThePages(@TempDir Path folder)
            throws Exception {
        Files.writeString(folder.resolve("both.lesson"), """
                lesson "Both"
                  language: en

                scene "One"
                  circle c: radius 2
                  say "Here is a circle.", zh "这是一个圆。"
                    draw c over 1s
                """);
        Files.writeString(folder.resolve("course.lesson"), "course \"Bilingual\"\n\nlesson \"both.lesson\"\n");
        Path own = Files.createDirectories(folder.resolve("my-templates"));
        Files.writeString(own.resolve("player.css"), "body { background: ivory; }\n");
        Path zip = folder.resolve("both.zip");
        Run run = Run.lesson("export", folder.toString(), "--to", "html", "--size", "160x90", "--quality", "draft",
                "--no-voice", "--templates", own.toString(), "-o", zip.toString());
        assertEquals(0, run.exitCode(), run.err());
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), e.getName().endsWith(".mp4") || e.getName().endsWith(".png") ? ""
                        : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertTrue(files.get("lessons/both/captions.en.vtt").contains("Here is a circle."));
        assertTrue(files.get("lessons/both/captions.zh.vtt").contains("这是一个圆。"));
        assertTrue(files.get("lessons/both/captions.zh.srt").contains("这是一个圆。"));
        String page = files.get("lessons/both/index.html");
        assertTrue(page.contains("srclang=\"en\" label=\"English\" default>"), page);
        assertTrue(page.contains("srclang=\"zh\" label=\"中文\">"), page);
        assertEquals("body { background: ivory; }\n", files.get("shared/player.css"), "the teacher's own style");
        assertTrue(files.get("shared/player.js").contains("SCORM"), "the standard script where none was given");
    }
}
