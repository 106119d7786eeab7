package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader of a picture reads the bytes the check holds for it ({@link HeldInputs}), never
 * the path again: the PNG's parts and header, the first rows, the decoding at the size drawn, and
 * an SVG's text. Here the file on disk is something else entirely (a PNG cut short, not a picture,
 * a red drawing) and the held bytes, a blue picture, are what is judged and drawn.
 */
class HeldPicturesTest {

    private static byte[] picture(Color colour, String format) throws Exception {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 64, 64);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }

    private static void assertBlue(int rgb, String what) {
        Color c = new Color(rgb, true);
        assertTrue(c.getBlue() > 200 && c.getRed() < 60 && c.getGreen() < 60, what + " drawn blue, as held: " + c);
    }

    @Test
    void aPngIsJudgedAndDecodedFromItsHeldBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.png");
        Files.write(file, Arrays.copyOf(picture(Color.RED, "png"), 60));
        assertTrue(Images.problem(file).isPresent(), "read from disk, the cut PNG is refused");
        HeldInputs.hold(file, picture(Color.BLUE, "png"));
        assertEquals(Optional.empty(), Images.problem(file));
        assertEquals(64 * 64, Images.pixels(file));
        assertBlue(RasterCache.decode(file, 1).getRGB(32, 32), "the PNG");
    }

    @Test
    void aJpegIsJudgedAndDecodedFromItsHeldBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("j.jpg");
        Files.writeString(file, "not a picture");
        HeldInputs.hold(file, picture(Color.BLUE, "jpg"));
        assertEquals(Optional.empty(), Images.problem(file));
        assertBlue(RasterCache.decode(file, 2).getRGB(16, 16), "the JPEG");
    }

    @Test
    void anSvgIsReadFromItsHeldBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.svg");
        Files.writeString(file, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<rect width=\"10\" height=\"10\" fill=\"#ff0000\"/></svg>");
        HeldInputs.hold(file, ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<rect width=\"10\" height=\"10\" fill=\"#0000ff\"/></svg>").getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), Images.problem(file));
        BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        Images.paint(g, file);
        g.dispose();
        assertBlue(image.getRGB(5, 5), "the SVG");
    }
}
