package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures a careless or hostile lesson might use (reproductions from the review of issue 11), each
 * made here: every one is refused by `lesson check` with a plain reason, quickly and in little
 * memory, never with a Java trace, a hang or a failure at frame 900; and pictures that are fine
 * (one written inside an SVG, a large photo) are shown.
 */
class HostilePicturesTest {

    private static final Duration NEVER = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private Path svg(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"200\" height=\"100\">" + body + "</svg>");
        return file;
    }

    private static String refused(Path file) {
        Optional<String> problem = assertTimeoutPreemptively(NEVER, () -> Images.problem(file));
        assertTrue(problem.isPresent(), file.getFileName() + " passed the check");
        for (String internal : new String[] {"Exception", "Error", "org.", "java.", "file:"}) {
            assertFalse(problem.get().contains(internal), problem.get());
        }
        return problem.get();
    }

    @Test
    void useElementsThatDoubleTwentyNineTimesAreCountedNotBuilt() throws IOException {
        StringBuilder body = new StringBuilder("<defs><rect id=\"l0\" width=\"1\" height=\"1\"/>");
        for (int n = 1; n <= 29; n++) {
            body.append("<g id=\"l").append(n).append("\"><use href=\"#l").append(n - 1).append("\"/><use href=\"#l")
                    .append(n - 1).append("\"/></g>");
        }
        body.append("</defs><use href=\"#l29\"/>");
        assertTrue(refused(svg("doubling.svg", body.toString())).contains("would draw more than 250000 elements"));
    }

    @Test
    void useElementsThatUseEachOtherAreACircle() throws IOException {
        String message = refused(svg("circle.svg",
                "<g id=\"a\"><use xlink:href=\"#b\"/></g><g id=\"b\"><use xlink:href=\"#a\"/></g>"));
        assertTrue(message.contains("go round in a circle"), message);
        assertTrue(refused(svg("self.svg", "<g id=\"a\"><rect width=\"5\" height=\"5\"/><use href=\"#a\"/></g>"))
                .contains("go round in a circle"));
    }

    @Test
    void deeplyNestedGroupsAreRefusedBeforeBatikRecurses() throws IOException {
        for (int depth : new int[] {10_000, 100_000}) {
            String message = refused(svg("deep" + depth + ".svg", "<g>".repeat(depth) + "<rect width=\"5\" height=\"5\"/>"
                    + "</g>".repeat(depth)));
            assertTrue(message.contains("more than 256 levels deep"), message);
        }
    }

    @Test
    void aNestedPictureWithinTheLimitIsDrawnOnAHalfMegabyteStack() throws Exception {
        Path file = svg("nested.svg", "<g>".repeat(250) + "<rect width=\"200\" height=\"100\" fill=\"red\"/>"
                + "</g>".repeat(250));
        Optional<String>[] problem = new Optional[1];
        Thread small = new Thread(null, () -> problem[0] = Images.problem(file), "small", 512 * 1024);
        small.start();
        small.join();
        assertEquals(Optional.empty(), problem[0]);
    }

    @Test
    void aPackedSvgIsUnpackedNoFurtherThanTenMegabytes() throws IOException {
        Path file = dir.resolve("packed.svg");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><desc>".getBytes(
                    StandardCharsets.UTF_8));
            byte[] a = "A".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 64; i++) {
                out.write(a);
            }
            out.write("</desc></svg>".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(file) < 1_000_000, "the file itself is small");
        assertTrue(refused(file).contains("unpacks to more than 10 MB"));
    }

    @Test
    void aFilterLargerThanThePictureIsFoundAtCheck() throws IOException {
        String morph = refused(svg("morph.svg", "<filter id=\"b\"><feMorphology radius=\"100000\"/></filter>"
                + "<rect width=\"200\" height=\"100\" filter=\"url(#b)\"/>"));
        assertTrue(morph.contains("`feMorphology` has radius 100000"), morph);
        assertTrue(refused(svg("turbulence.svg", "<filter id=\"t\"><feTurbulence baseFrequency=\"0.1\" "
                + "numOctaves=\"1000000\"/></filter><rect width=\"200\" height=\"100\" filter=\"url(#t)\"/>"))
                .contains("numOctaves"));
        assertEquals(Optional.empty(), Images.problem(svg("soft.svg", "<filter id=\"s\"><feGaussianBlur "
                + "stdDeviation=\"4\"/><feMorphology radius=\"2\"/></filter><rect width=\"100\" height=\"50\" "
                + "filter=\"url(#s)\"/>")));
    }

    @Test
    void entitiesAreRefusedInUtf16Too() throws IOException {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&x;</text></svg>";
        for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE}) {
            Path file = dir.resolve("entity-" + charset.name() + ".svg");
            byte[] bytes = text.getBytes(charset);
            if (charset != StandardCharsets.UTF_16) { // UTF_16 writes a byte order mark; add one to LE too
                bytes = charset == StandardCharsets.UTF_16LE ? concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes)
                        : bytes;
            }
            Files.write(file, bytes);
            String message = refused(file);
            assertTrue(message.contains("entities") || message.contains("entity"), charset + ": " + message);
        }
    }

    @Test
    void aPngWrittenInsideAnSvgIsDrawnAndMeasured() throws IOException {
        BufferedImage red = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = red.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(red, "png", png);
        String data = Base64.getEncoder().encodeToString(png.toByteArray());
        Path file = svg("inside.svg", "<image width=\"200\" height=\"100\" preserveAspectRatio=\"none\" "
                + "xlink:href=\"data:image/png;base64," + data + "\"/>");
        assertEquals(Optional.empty(), Images.problem(file));
        BufferedImage frame = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D drawn = frame.createGraphics();
        Images.paint(drawn, file);
        drawn.dispose();
        assertEquals(Color.RED.getRGB(), frame.getRGB(100, 50), "the picture inside is drawn");

        byte[] huge = png.toByteArray().clone(); // the same picture, its header claiming 30000x30000
        java.nio.ByteBuffer.wrap(huge, 16, 8).putInt(30000).putInt(30000);
        Path lying = svg("lying.svg", "<image width=\"200\" height=\"100\" xlink:href=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(huge) + "\"/>");
        assertTrue(refused(lying).contains("million pixels"));
        assertTrue(refused(svg("svg-inside.svg", "<image width=\"20\" height=\"10\" xlink:href=\"data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString("<svg/>".getBytes(StandardCharsets.UTF_8)) + "\"/>"))
                .contains("only PNG and JPEG pictures"));
    }

    /** A parser left to itself prints "[Fatal Error] :-1:-1: …" on the terminal; a teacher sees only the mistake. */
    @Test
    void aBrokenSvgPrintsNothingOfItsOwn() throws IOException {
        java.io.PrintStream saved = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            for (byte[] bytes : new byte[][] {{(byte) 0xD0}, {'<', 's', 'v', 'g', ' ', '"'},
                    "<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>".getBytes(StandardCharsets.UTF_8),
                    {(byte) 0xFF, (byte) 0xFE, '<', 0, 's', 0}}) {
                Path file = dir.resolve("broken-" + bytes.length + ".svg");
                Files.write(file, bytes);
                assertTrue(Images.problem(file).isPresent());
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", printed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPngCutShortIsFoundAtCheck() throws IOException {
        BufferedImage picture = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        byte[] bytes = png.toByteArray();
        Path cut = dir.resolve("cut.png");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        assertTrue(refused(cut).contains("cut short"));
    }

    @Test
    void aLargePhotoIsDecodedAtTheSizeItIsDrawn() throws IOException {
        Path file = dir.resolve("photo.png");
        Files.write(file, LargePng.grey(6000, 6000));
        assertEquals(Optional.empty(), Images.problem(file));
        RasterHeader.Size size = RasterCache.size(file);
        BufferedImage drawn = RasterCache.decoded(file, size, 500);
        assertTrue(drawn.getHeight() >= 1000 && drawn.getHeight() <= 2000, "decoded " + drawn.getHeight() + " rows");
        for (double nothing : new double[] {0, -3, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertTrue(RasterCache.step(6000, nothing) >= 1000, "a picture drawn at " + nothing + " is decoded small");
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
