package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.app.CheckedLesson;
import org.lessonstudio.app.LessonChecks;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * The checks that open what a lesson uses (formulas, pictures, sound files, fonts), run on the
 * annotated lessons in {@code src/test/resources/inputs/}, each listing at its end exactly what a
 * teacher should see, as the language's own examples do.
 */
class InputExamplesTest {

    /** The messages raised by these checks; each must appear in some example here. */
    private static final Set<String> CODES = Set.of("tex.invalid", "text.no-font", "image.unreadable", "audio.unreadable",
            "caption.reading-speed", "image.too-many-pixels", "axes.crowded");

    /**
     * The large photos pictures.lesson names, written beside it (no multi-megabyte fixture is
     * kept): a 6000x6000 grey PNG, 36 million pixels in a few kilobytes, and 27 copies.
     */
    @BeforeAll
    static void writeLargePictures() throws Exception {
        Path folder = Path.of(InputExamplesTest.class.getResource("/inputs").toURI());
        Path first = folder.resolve("large-01.png");
        if (!Files.exists(first)) {
            Files.write(first, greyPng(6000, 6000));
        }
        for (int i = 2; i <= 28; i++) {
            Path copy = folder.resolve(String.format("large-%02d.png", i));
            if (!Files.exists(copy)) {
                Files.copy(first, copy);
            }
        }
    }

    private static List<Path> examples() throws Exception {
        Path folder = Path.of(InputExamplesTest.class.getResource("/inputs").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleReportsExactlyItsAnnotatedDiagnostics() throws Exception {
        return examples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<String> expected = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("# Error: ") || line.startsWith("# Warning: ") || line.startsWith("# Hint: ")) {
                    expected.add(line.substring(2));
                }
            }
            assertFalse(expected.isEmpty(), "an example must say which diagnostics it expects");
            CheckedLesson loaded = LessonChecks.check(SourceFile.read(file), Run.ENV);
            assertEquals(String.join("\n", expected), String.join("\n", annotations(loaded.diagnostics())));
        }));
    }

    @Test
    void everyMessageOfTheseChecksHasAnExample() throws Exception {
        Set<String> seen = new TreeSet<>();
        for (Path file : examples()) {
            LessonChecks.check(SourceFile.read(file), Run.ENV).diagnostics().forEach(d -> seen.add(d.code()));
        }
        assertTrue(seen.containsAll(CODES), "no example for " + new TreeSet<>(CODES).removeAll(seen));
    }

    /** What check promised is what a render meets: a lesson that passes renders, one that does not writes nothing. */
    @Test
    void aBrokenPictureStopsTheRenderBeforeAnyFrameAndAGoodOneIsDrawn(@TempDir Path dir) throws Exception {
        Path inputs = Path.of(InputExamplesTest.class.getResource("/inputs").toURI());
        Files.copy(inputs.resolve("not-a-picture.png"), dir.resolve("photo.png"));
        Files.copy(inputs.resolve("red.png"), dir.resolve("red.png"));
        Path lesson = dir.resolve("l.lesson");
        Files.writeString(lesson, """
                lesson "Pictures"
                scene "One"
                  image p: "photo.png" at (0, 0), size 2
                  show p
                  wait 1s
                """);
        Run broken = Run.lesson("still", lesson.toString(), "--at", "0.5", "-o", dir.resolve("s.png").toString());
        assertEquals(2, broken.exitCode(), broken.err());
        assertTrue(broken.err().contains("l.lesson:3:12"), broken.err());
        assertFalse(broken.err().contains("Exception"), broken.err());
        assertFalse(Files.exists(dir.resolve("s.png")));

        Files.writeString(lesson, Files.readString(lesson).replace("photo.png", "red.png"));
        Run good = Run.lesson("still", lesson.toString(), "--at", "0.5", "-o", dir.resolve("s.png").toString(),
                "--size", "320x180");
        assertEquals(0, good.exitCode(), good.err());
        java.awt.image.BufferedImage still = javax.imageio.ImageIO.read(dir.resolve("s.png").toFile());
        java.awt.Color middle = new java.awt.Color(still.getRGB(160, 90));
        assertTrue(middle.getRed() > 150 && middle.getGreen() < 120, "the red picture is drawn in the middle: " + middle);
    }

    /**
     * A PNG whose header, parts and first rows are fine but whose pixels are damaged further in
     * passes the check (which decodes no more than its first rows); when a frame needs it, still,
     * render and gallery each show the same mistake at the picture's line, never a failure inside.
     */
    @Test
    void aPictureDamagedPastItsFirstRowsIsAMistakeAtItsLineOnEveryPath(@TempDir Path dir) throws Exception {
        int width = 1200;
        int height = 1200;
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.DeflaterOutputStream(packed, new java.util.zip.Deflater(1))) {
            java.util.Random noise = new java.util.Random(7);
            byte[] row = new byte[width + 1];
            for (int y = 0; y < height; y++) {
                noise.nextBytes(row);
                row[0] = 0;
                z.write(row);
            }
        }
        byte[] data = packed.toByteArray();
        java.util.Arrays.fill(data, data.length / 2, data.length / 2 + 4000, (byte) 0xFF); // damaged half-way
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        chunk(png, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put(new byte[] {8, 0, 0, 0, 0}).array());
        chunk(png, "IDAT", data);
        chunk(png, "IEND", new byte[0]);
        Files.write(dir.resolve("damaged.png"), png.toByteArray());
        Path lesson = dir.resolve("l.lesson");
        Files.writeString(lesson, """
                lesson "Pictures"
                scene "One"
                  image p: "damaged.png" at (0, 0), size 2
                  show p
                  wait 1s
                """);
        assertEquals(0, Run.lesson("check", lesson.toString()).exitCode(), "the check reads only its first rows");
        Run still = Run.lesson("still", lesson.toString(), "--at", "1", "-o", dir.resolve("s.png").toString());
        Run render = Run.lesson("render", lesson.toString(), "--size", "320x180", "-o", dir.resolve("v.mp4").toString());
        Path pages = dir.resolve("gallery");
        Run gallery = Run.lesson("gallery", dir.toString(), "-o", pages.toString());
        for (Run run : List.of(still, render, gallery)) {
            assertTrue(run.err().contains("l.lesson:3:12: error: the picture `damaged.png` cannot be shown: the picture "
                    + "cannot be decoded"), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("went wrong"), run.err());
        }
        assertEquals(2, still.exitCode(), still.err());
        assertEquals(2, render.exitCode(), render.err());
        assertFalse(Files.exists(dir.resolve("s.png")) || Files.exists(dir.resolve("v.mp4")));
    }

    /** A grey PNG written part by part, without holding its pixels (ImageIO takes seconds for this). */
    private static byte[] greyPng(int width, int height) throws java.io.IOException {
        java.io.ByteArrayOutputStream packed = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.DeflaterOutputStream(packed, new java.util.zip.Deflater(9))) {
            byte[] row = new byte[width + 1]; // filter 0, then one grey byte a pixel
            for (int y = 0; y < height; y++) {
                z.write(row);
            }
        }
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put(new byte[] {8, 0, 0, 0, 0});
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", packed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] body) {
        byte[] name = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(body);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(body.length).array());
        out.writeBytes(name);
        out.writeBytes(body);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static List<String> annotations(List<Diagnostic> diagnostics) {
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            lines.add((d.isError() ? "Error: " : "Warning: ") + d.line() + ":" + d.column() + " " + d.message());
            lines.addAll(d.hints().stream().map(h -> "Hint: " + h).toList());
        }
        return lines;
    }
}
