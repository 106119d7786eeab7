package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run writes, seen from the folder: never over a file the run reads, with the permissions
 * any file of the user's has, and no temporary file left from a run that was killed.
 */
class OutputsTest {

    private static final String LESSON = """
            lesson "Fractions"
              video: 1280x720, 30 fps

            scene "Halves"
              image pie: "pie.png" at (0, 0), size 2
              say "Two halves make a whole."
                show pie
            """;

    private static final String[] SMALL = {"--size", "160x90", "--fps", "10", "--quality", "draft", "--no-voice"};

    private static Path lesson(Path folder) throws Exception {
        BufferedImage pie = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        pie.setRGB(3, 3, 0xFF8800);
        ImageIO.write(pie, "png", folder.resolve("pie.png").toFile());
        return Files.writeString(folder.resolve("fractions.lesson"), LESSON);
    }

    /** Every file under {@code folder}, with its bytes, to see that a refused run changed nothing. */
    private static Map<String, byte[]> contents(Path folder) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static Run run(List<String> args) {
        return Run.lesson(args.toArray(String[]::new));
    }

    private static void refused(Path folder, Run run, String target, String what) throws Exception {
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().startsWith("lesson: refusing to write over " + target + ": it is " + what
                + ", which this run reads ("), run.err());
        assertTrue(run.err().endsWith("; nothing was written; choose another file with -o\n"), run.err());
    }

    @Test
    void noOutputIsWrittenOverAFileTheRunReads(@TempDir Path folder) throws Exception {
        Path lesson = lesson(folder);
        Path sub = Files.createDirectories(folder.resolve("sub"));
        Files.createSymbolicLink(folder.resolve("here"), folder);
        Files.createSymbolicLink(folder.resolve("link.lesson"), lesson);
        Files.writeString(folder.resolve("course.lesson"), "course \"Fractions\"\n\nlesson \"fractions.lesson\"\n");
        Path clips = Files.createDirectories(folder.resolve("clips"));
        Files.writeString(clips.resolve("intro.vtt"), "WEBVTT\n\nthe teacher's own captions for a clip\n");
        Map<String, byte[]> before = contents(folder);

        String l = lesson.toString();
        refused(folder, run(List.of("render", l, "-o", l)), l, "the lesson itself");
        String dotted = sub.resolve("../fractions.lesson").toString();
        refused(folder, run(List.of("render", l, "-o", dotted)), dotted, "the lesson itself");
        String linked = folder.resolve("here/fractions.lesson").toString();
        refused(folder, run(List.of("render", l, "-o", linked)), linked, "the lesson itself");
        refused(folder, run(List.of("render", folder.resolve("link.lesson").toString(), "-o", l)), l,
                "the lesson itself");
        String picture = folder.resolve("pie.png").toString();
        refused(folder, run(List.of("still", l, "--at", "1s", "-o", picture)), picture, "a picture the lesson shows");
        refused(folder, run(List.of("still", l, "--at", "1s", "-o", l)), l, "the lesson itself");
        String captions = clips.resolve("intro.vtt").toString();
        Run sidecar = run(List.of("render", l, "-o", clips.resolve("intro.mp4").toString()));
        refused(folder, sidecar, captions, "a clip in the lesson's clips folder");
        assertTrue(sidecar.err().contains("(its captions (WebVTT) would go there)"), sidecar.err());
        String course = folder.resolve("course.lesson").toString();
        refused(folder, run(List.of("export", folder.toString(), "--to", "html", "-o", course)), course,
                "the course file");
        refused(folder, run(List.of("export", folder.toString(), "--to", "html", "-o", l)), l,
                "a lesson of the course");

        Map<String, byte[]> after = contents(folder);
        assertEquals(before.keySet(), after.keySet(), "nothing was written");
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name + " is as it was");
        }
    }

    @Test
    void outputsHaveThePermissionsOfAnyNewFileOfTheUser(@TempDir Path folder) throws Exception {
        Path lesson = lesson(folder);
        Files.writeString(folder.resolve("course.lesson"), "course \"Fractions\"\n\nlesson \"fractions.lesson\"\n");
        String usual = PosixFilePermissions.toString(Files.getPosixFilePermissions(
                Files.createFile(folder.resolve("made-by-hand.txt"))));

        Path video = folder.resolve("out").resolve("fractions.mp4");
        List<String> render = new java.util.ArrayList<>(List.of("render", lesson.toString(), "-o", video.toString()));
        render.addAll(List.of(SMALL));
        assertEquals(0, run(render).exitCode());
        Path zip = folder.resolve("fractions.zip");
        Run export = run(List.of("export", folder.toString(), "--to", "scorm12", "--size", "160x90", "--quality",
                "draft", "--no-voice", "-o", zip.toString()));
        assertEquals(0, export.exitCode(), export.err());
        Path still = folder.resolve("still.png");
        assertEquals(0, run(List.of("still", lesson.toString(), "--at", "1s", "--size", "160x90", "-o",
                still.toString())).exitCode());

        try (Stream<Path> written = Files.list(video.getParent())) {
            for (Path file : Stream.concat(written, Stream.of(zip, still)).toList()) {
                assertEquals(usual, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                        file.getFileName() + " can be read like any file the user makes");
            }
        }
    }

    @Test
    void aKilledRunsTemporaryFilesAreRemovedByTheNextRunAndNoLiveOnesOrOthers(@TempDir Path folder)
            throws Exception {
        Path lesson = lesson(folder);
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        Instant daysAgo = Instant.now().minus(Duration.ofDays(2));

        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        String dead = finished.pid() + "-" + Long.toString(hourAgo.getEpochSecond(), 36);
        Process sleeping = new ProcessBuilder("sleep", "600").start();
        try {
            String live = sleeping.pid() + "-"
                    + Long.toString(sleeping.info().startInstant().orElseThrow().getEpochSecond(), 36);
            Path killed = old(folder.resolve(".fractions.mp4.lesson-" + dead + "-0badc0de.part"), hourAgo);
            Path killedCaptions = old(folder.resolve(".fractions.vtt.lesson-" + dead + "-1badc0de.part"), hourAgo);
            Path earlierVersion = old(folder.resolve(".fractions.mp4." + UUID.randomUUID() + ".part"), daysAgo);
            Path earlierPackage = old(folder.resolve(".course-html.zip.8234567012345.partial"), daysAgo);
            Path running = old(folder.resolve(".fractions.mp4.lesson-" + live + "-2badc0de.part"), hourAgo);
            Path recent = old(folder.resolve(".fractions.mp4." + UUID.randomUUID() + ".part"), hourAgo);
            Path notOurs = old(folder.resolve(".notes.part"), daysAgo);
            Path folderNotFile = Files.createDirectory(folder.resolve(".x.mp4.lesson-" + dead + "-3badc0de.part"));

            List<String> render = new java.util.ArrayList<>(List.of("render", lesson.toString()));
            render.addAll(List.of(SMALL));
            Run next = run(render);
            assertEquals(0, next.exitCode(), next.err());

            for (Path gone : List.of(killed, killedCaptions, earlierVersion, earlierPackage)) {
                assertTrue(Files.notExists(gone), gone.getFileName() + " was left by a run that is gone");
            }
            for (Path kept : List.of(running, recent, notOurs, folderNotFile)) {
                assertTrue(Files.exists(kept), kept.getFileName() + " is not a dead run's, so it stays");
            }
            try (Stream<Path> hidden = Files.list(folder).filter(f -> f.getFileName().toString().startsWith("."))) {
                assertEquals(4, hidden.count(), "and the render left nothing of its own");
            }
        } finally {
            sleeping.destroy();
        }
    }

    private static Path old(Path file, Instant changed) throws Exception {
        if (!Files.exists(file)) {
            Files.writeString(file, "half a file");
        }
        Files.setLastModifiedTime(file, FileTime.from(changed));
        return file;
    }
}
