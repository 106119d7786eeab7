package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a run may write, and what it may read as a lesson, as the issue 11 review tried them: an
 * output onto a pipe, a device or a folder, onto another lesson, a still under a name that is not
 * a picture's, a time of 1:99, a pipe given as the lesson. Each is one plain line and exit 1, with
 * nothing written (no file beside the output either) and nothing left waiting.
 */
class OutputPlacesTest {

    private static final String LESSON = """
            lesson "Halves"
              video: 160x90, 10 fps

            scene "Halves"
              circle c: radius 1
              draw c over 1s
              wait 1s
            """;

    private static final String[] SMALL = {"--size", "160x90", "--fps", "10", "--quality", "draft", "--no-voice"};

    private static Run run(String... args) {
        return Run.lesson(args);
    }

    private static String[] small(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(SMALL));
        return all.toArray(String[]::new);
    }

    private static Path fifo(Path at) throws Exception {
        Process made = new ProcessBuilder("mkfifo", at.toString()).start();
        assertEquals(0, made.waitFor(), "mkfifo");
        return at;
    }

    /** Every file under {@code folder} (pipes and folders named too), with the bytes of each regular one. */
    private static Map<String, byte[]> contents(Path folder) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.toList()) {
                files.put(folder.relativize(file).toString(),
                        Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
            }
        }
        return files;
    }

    private static void unchanged(Map<String, byte[]> before, Path folder) throws Exception {
        Map<String, byte[]> after = contents(folder);
        assertEquals(before.keySet(), after.keySet(), "nothing was written, nothing replaced");
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name + " is as it was");
        }
    }

    private static void refusedInOneLine(Run run, String... words) {
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), "one line:\n" + run.err());
        assertTrue(run.err().startsWith("lesson: "), run.err());
        for (String word : words) {
            assertTrue(run.err().contains(word), "says " + word + ":\n" + run.err());
        }
        assertFalse(run.err().contains("Exception") || run.err().contains("went wrong"), run.err());
    }

    @Test
    void anOutputOntoAPipeOrAFolderIsRefusedAndLeavesThemAndTheirFolderAsTheyWere(@TempDir Path folder)
            throws Exception {
        Path lesson = Files.writeString(folder.resolve("halves.lesson"), LESSON);
        Path out = Files.createDirectories(folder.resolve("out"));
        Path pipe = fifo(out.resolve("video.mp4"));
        Path stillPipe = fifo(out.resolve("still.png"));
        Path zipPipe = fifo(out.resolve("course.zip"));
        Path captionsPipe = fifo(out.resolve("other.vtt"));
        Files.writeString(folder.resolve("course.lesson"), "course \"Halves\"\n\nlesson \"halves.lesson\"\n");
        Map<String, byte[]> before = contents(folder);

        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            refusedInOneLine(run(small("render", lesson.toString(), "-o", pipe.toString())),
                    "refusing to write over " + pipe, "a pipe", "nothing was written");
            refusedInOneLine(run(small("render", lesson.toString(), "-o", out.resolve("other.mp4").toString())),
                    "refusing to write over " + captionsPipe, "a pipe", "its captions (WebVTT)");
            refusedInOneLine(run("still", lesson.toString(), "--at", "1s", "--no-voice", "-o", stillPipe.toString()),
                    "refusing to write over " + stillPipe, "a pipe");
            refusedInOneLine(run("export", folder.toString(), "--to", "html", "--size", "160x90", "--quality", "draft",
                    "--no-voice", "-o", zipPipe.toString()), "refusing to write over " + zipPipe, "a pipe");
        });
        unchanged(before, folder);
    }

    @Test
    void noOutputIsWrittenOntoALessonOrACourseEvenOneTheRunDoesNotRead(@TempDir Path folder) throws Exception {
        Path lesson = Files.writeString(folder.resolve("halves.lesson"), LESSON);
        Path other = Files.writeString(folder.resolve("other.lesson"), LESSON.replace("Halves", "Thirds"));
        Path course = Files.writeString(folder.resolve("maths.course"), "course \"Maths\"\n");
        Path newLesson = folder.resolve("new.LESSON");
        Files.createDirectories(folder.resolve("series"));
        Files.writeString(folder.resolve("series/course.lesson"), "course \"Halves\"\n\nlesson \"halves.lesson\"\n");
        Files.writeString(folder.resolve("series/halves.lesson"), LESSON);
        Map<String, byte[]> before = contents(folder);

        refusedInOneLine(run(small("render", lesson.toString(), "-o", other.toString())),
                "refusing to write the video to " + other, "never writes over a lesson");
        refusedInOneLine(run(small("render", lesson.toString(), "-o", newLesson.toString())),
                "refusing to write the video to " + newLesson);
        refusedInOneLine(run("still", lesson.toString(), "--at", "1s", "--no-voice", "-o", course.toString()),
                "refusing to write the still to " + course, "ending in .lesson or .course");
        refusedInOneLine(run("export", folder.resolve("series").toString(), "--to", "html", "--size", "160x90",
                "--quality", "draft", "--no-voice", "-o", other.toString()), "refusing to write the package to " + other);
        Path builds = folder.resolve("series/.lesson-build");
        refusedInOneLine(run("export", folder.resolve("series").toString(), "--to", "html", "--size", "160x90",
                "--quality", "draft", "--no-voice", "-o", builds.toString()),
                "refusing to write the package into " + builds, "holds the course's rendered lessons");
        unchanged(before, folder);
    }

    @Test
    void aStillIsAPngOrAnSvgAndItsTimeHasSecondsUnderSixty(@TempDir Path folder) throws Exception {
        Path lesson = Files.writeString(folder.resolve("halves.lesson"), LESSON);
        Map<String, byte[]> before = contents(folder);

        Run gif = run("still", lesson.toString(), "--at", "1s", "--no-voice", "-o", folder.resolve("s.gif").toString());
        refusedInOneLine(gif, "a still is a PNG or an SVG picture", "ends in .gif", ".png or .svg");
        Run none = run("still", lesson.toString(), "--at", "1s", "--no-voice", "-o", folder.resolve("s").toString());
        refusedInOneLine(none, "has no ending", ".png or .svg");

        Run late = run("still", lesson.toString(), "--at", "1:99", "--no-voice");
        assertEquals(1, late.exitCode());
        assertTrue(late.err().contains("'1:99' is not a time: the seconds after the colon must be under 60"),
                late.err());
        assertEquals(1, late.err().lines().count(), "one line, with where the help is:\n" + late.err());
        assertTrue(late.err().endsWith("(`lesson help still` lists what it takes)\n"), late.err());
        Run help = run("still", "--help");
        assertEquals(0, help.exitCode(), help.err());
        assertTrue(help.out().startsWith("Usage: lesson still"), help.out());
        for (String wrong : List.of("-1:05", "1:-5", "Infinity", "1:+5")) {
            Run bad = run("still", lesson.toString(), "--at", wrong, "--no-voice");
            assertEquals(1, bad.exitCode(), wrong + ": " + bad.out());
            assertTrue(bad.err().contains("is not a time"), wrong + ": " + bad.err());
        }
        unchanged(before, folder);

        Run fine = run("still", lesson.toString(), "--at", "0:01.5", "--no-voice", "-o",
                folder.resolve("s.PNG").toString());
        assertEquals(0, fine.exitCode(), fine.err());
        assertTrue(fine.out().contains("at 1.50 s"), fine.out());
    }

    @Test
    void aPipeGivenAsTheLessonOrTheCourseIsRefusedWithoutWaitingOnIt(@TempDir Path folder) throws Exception {
        Path lesson = fifo(folder.resolve("piped.lesson"));
        Path series = Files.createDirectories(folder.resolve("series"));
        fifo(series.resolve("course.lesson"));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String command : List.of("check", "render", "still")) {
                Run run = command.equals("still") ? run("still", lesson.toString(), "--at", "1s")
                        : run(command, lesson.toString());
                refusedInOneLine(run, lesson + " is a pipe (FIFO), not a lesson file");
            }
            refusedInOneLine(run("check", series.toString()), "is not a file", "not a course file");
            Run export = run("export", series.toString(), "--to", "html");
            assertEquals(1, export.exitCode(), export.err());
            assertEquals("lesson: " + series.resolve("course.lesson") + " is not a file (a pipe, a device or a folder), "
                    + "not a course file; give the course's folder or its course.lesson\nlesson: nothing was exported\n",
                    export.err());
        });
    }
}
