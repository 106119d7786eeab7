package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.footage.ClipCache;
import org.lessonstudio.media.Mp4TextTracks;

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
    void aCoursesLessonIsTheVideoLessonRenderMakesAndItsSizeIsReadTheSameWay(@TempDir Path folder) throws Exception {
        lesson(folder, "first", "A circle.");
        Files.writeString(folder.resolve("course.lesson"), "course \"One circle\"\n  code: ONE\n\nlesson \"first.lesson\"\n");
        Run exported = export(folder, folder.resolve("one.zip"));
        assertEquals(0, exported.exitCode(), exported.err());
        Path built;
        try (var files = Files.walk(folder.resolve(".lesson-build"))) {
            built = files.filter(f -> f.getFileName().toString().equals("video.mp4")).findFirst().orElseThrow();
        }
        Path rendered = folder.resolve("rendered.mp4");
        Run render = Run.lesson("render", folder.resolve("first.lesson").toString(), "-o", rendered.toString(), "--size",
                "160x90", "--quality", "draft", "--no-voice");
        assertEquals(0, render.exitCode(), render.err());
        for (double t : new double[] {0.6, 1.0}) {
            java.awt.image.BufferedImage inCourse = Frames.at(built, t);
            assertTrue(Frames.marked(inCourse) > 40, "the course's video shows the circle being drawn at " + t + " s");
            assertEquals(0, Frames.changed(inCourse, Frames.at(rendered, t)), "the course's video at " + t
                    + " s is what lesson render draws");
        }
        assertEquals(Files.readString(rendered.resolveSibling("rendered.vtt")),
                Files.readString(built.resolveSibling("video.vtt")), "with the same captions");

        Run odd = Run.lesson("export", folder.toString(), "--to", "html", "--size", "161x90");
        assertEquals(1, odd.exitCode());
        assertTrue(odd.err().contains("'161x90' cannot be used: width and height must be even, from 16x16 to 7680x4320"),
                odd.err());
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
    void aCourseTitledWithoutLatinLettersIsWrittenUnderAPlainName(@TempDir Path folder) throws Exception {
        lesson(folder, "速度", "一个圆。");
        Files.writeString(folder.resolve("course.lesson"), "course \"物理\"\n  language: zh\n\nlesson \"速度.lesson\"\n");
        Run run = Run.lesson("export", folder.toString(), "--to", "html", "--size", "160x90", "--quality", "draft",
                "--no-voice");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(folder.resolve("COURSE-html.zip")), "not a file called -html.zip: " + run.out());
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

    @Test
    void lessonsWithTheSameFileNameEachKeepTheirOwnVideoAndAreReused(@TempDir Path folder) throws Exception {
        // a.lesson and sub/a.lesson share a name; 数学, ..lesson and ...lesson have no plain letters to keep
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("a.lesson", "Alpha at the top");
        titles.put("sub/a.lesson", "Alpha in a folder");
        titles.put("数学.lesson", "Mathematics in Chinese");
        titles.put("..lesson", "Two dots");
        titles.put("...lesson", "Three dots");
        StringBuilder course = new StringBuilder("course \"Same names\"\n  code: SAME\n");
        int radius = 1;
        for (Map.Entry<String, String> lesson : titles.entrySet()) {
            Path file = folder.resolve(lesson.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, """
                    lesson "%s"
                      video: 1280x720, 30 fps

                    scene "One"
                      circle c: radius %d
                      say "%s."
                        draw c over 1s
                    """.formatted(lesson.getValue(), radius++, lesson.getValue()));
            course.append("\nlesson \"").append(lesson.getKey()).append("\"\n");
        }
        Files.writeString(folder.resolve("course.lesson"), course.toString());
        Path zip = folder.resolve("same.zip");
        Run cold = Run.lesson("export", folder.toString(), "--to", "html", "--size", "160x90", "--quality", "draft",
                "--no-voice", "-o", zip.toString());
        assertEquals(0, cold.exitCode(), cold.err());
        assertTrue(cold.out().contains("(html, 5 lessons: 5 rendered, 0 reused; "), cold.out());

        Map<String, String> entries = new TreeMap<>();
        Map<String, String> videoTitles = new TreeMap<>();
        Set<String> videoHashes = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                entries.put(e.getName(), new String(bytes, StandardCharsets.UTF_8));
                if (e.getName().endsWith("/video.mp4")) {
                    Path video = Files.write(folder.resolve("played.mp4"), bytes);
                    String said = Mp4TextTracks.read(video).comment();
                    videoTitles.put(e.getName().replace("/video.mp4", ""), said.replaceAll("(?s).*the lesson \"([^\"]*)\".*", "$1"));
                    videoHashes.add(ClipCache.sha256(video));
                }
            }
        }
        Matcher listed = Pattern.compile("<a href=\"(lessons/[^\"/]+)/index.html\">.*?<span>\\d+\\. ([^<]*)</span>")
                .matcher(entries.get("index.html"));
        Map<String, String> pageTitles = new TreeMap<>();
        while (listed.find()) {
            pageTitles.put(listed.group(1), listed.group(2));
        }
        assertEquals(5, pageTitles.size(), entries.get("index.html"));
        assertEquals(pageTitles, videoTitles, "each lesson's page plays the video made from it");
        assertEquals(new HashSet<>(titles.values()), new HashSet<>(pageTitles.values()));
        assertEquals(5, videoHashes.size(), "five different videos");
        assertTrue(pageTitles.keySet().containsAll(List.of("lessons/a", "lessons/sub-a")), pageTitles.toString());
        assertEquals(3, pageTitles.keySet().stream().filter(f -> f.matches("lessons/lesson-[0-9a-f]{6}")).count(),
                "names with no plain letters (数学, .., ...) get a short hash of their path: " + pageTitles.keySet());
        assertTrue(entries.keySet().stream().allMatch(name -> name.matches("[ -~]+")),
                "plain ASCII names, which every unzip tool unpacks as they are: " + entries.keySet());

        Run warm = Run.lesson("export", folder.toString(), "--to", "html", "--size", "160x90", "--quality", "draft",
                "--no-voice", "-o", folder.resolve("again.zip").toString());
        assertEquals(0, warm.exitCode(), warm.err());
        assertTrue(warm.out().contains("(html, 5 lessons: 0 rendered, 5 reused; "), warm.out());
        assertArrayEquals(Files.readAllBytes(zip), Files.readAllBytes(folder.resolve("again.zip")));
    }
}
