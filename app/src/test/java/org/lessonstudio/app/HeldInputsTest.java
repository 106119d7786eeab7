package org.lessonstudio.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import javax.imageio.ImageIO;
import org.lessonstudio.media.AudioMix;

/**
 * What was checked is what is played (issue 11 review, item 2): a lesson's sound files are read
 * once, when the lesson is checked, and the render mixes those bytes. Swapping a folder of the
 * lesson's for a link to a folder outside after the check brings nothing of the outside file in;
 * the same for pictures, whose headers, parts and pixels (PNG, JPEG: decoded when drawn, at the
 * size drawn) and text (SVG, with a picture written inside it and a filter) are read after the
 * check from the held bytes too.
 */
class HeldInputsTest {

    /** One second of 48 kHz mono 16-bit sound, every sample {@code level} (0 is silence). */
    private static byte[] wav(short level) throws Exception {
        int samples = 48_000;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBytes("RIFF");
        out.writeInt(Integer.reverseBytes(36 + samples * 2));
        out.writeBytes("WAVEfmt ");
        out.writeInt(Integer.reverseBytes(16));
        out.writeShort(Short.reverseBytes((short) 1));
        out.writeShort(Short.reverseBytes((short) 1));
        out.writeInt(Integer.reverseBytes(48_000));
        out.writeInt(Integer.reverseBytes(96_000));
        out.writeShort(Short.reverseBytes((short) 2));
        out.writeShort(Short.reverseBytes((short) 16));
        out.writeBytes("data");
        out.writeInt(Integer.reverseBytes(samples * 2));
        for (int i = 0; i < samples; i++) {
            out.writeShort(Short.reverseBytes(i % 2 == 0 ? level : (short) -level));
        }
        return bytes.toByteArray();
    }

    @Test
    void aFolderSwappedForALinkAfterTheCheckBringsNoOutsideSoundIntoTheMix(@TempDir Path root) throws Exception {
        Path lessonFolder = Files.createDirectories(root.resolve("lesson"));
        Path sub = Files.createDirectories(lessonFolder.resolve("sub"));
        Files.write(sub.resolve("tone.wav"), wav((short) 0));
        Path outside = Files.createDirectories(root.resolve("outdir"));
        Files.write(outside.resolve("tone.wav"), wav((short) 16_000));
        Path lesson = Files.writeString(lessonFolder.resolve("quiet.lesson"), """
                lesson "Quiet"
                  video: 160x90, 10 fps

                scene "Quiet"
                  music "sub/tone.wav", volume 1
                  wait 1s
                """);
        LessonSession session = TestEnv.silent(lesson);

        Files.move(sub, lessonFolder.resolve("sub-before"));
        Files.createSymbolicLink(sub, Path.of("../outdir"));
        assertArrayEquals(wav((short) 16_000), Files.readAllBytes(sub.resolve("tone.wav")),
                "the lesson's name for the file now leads outside");

        AudioMix mix = session.sound();
        float[] samples = new float[2 * 4800];
        float loudest = 0;
        for (long at = 0; at < mix.frames(); at += 4800) {
            int n = (int) Math.min(4800, mix.frames() - at);
            mix.read(at, samples, n);
            for (int i = 0; i < 2 * n; i++) {
                loudest = Math.max(loudest, Math.abs(samples[i]));
            }
        }
        assertTrue(loudest < 1e-4, "the checked file, silent, is mixed; not the outside one (loudest " + loudest + ")");
    }

    /** A picture of one colour, as PNG or JPEG bytes. */
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

    /** An SVG of one colour, half drawn by a picture written inside it, with a filter. */
    private static String svg(Color colour) throws Exception {
        String inside = java.util.Base64.getEncoder().encodeToString(picture(colour, "png"));
        String hex = String.format("#%06x", colour.getRGB() & 0xFFFFFF);
        return """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" \
                width="100" height="100">
                <filter id="f"><feGaussianBlur stdDeviation="0.5"/></filter>
                <rect width="100" height="50" fill="%s" filter="url(#f)"/>
                <image y="50" width="100" height="50" preserveAspectRatio="none" \
                xlink:href="data:image/png;base64,%s"/>
                </svg>
                """.formatted(hex, inside);
    }

    private static void pictures(Path folder, Color colour) throws Exception {
        Files.write(folder.resolve("p.png"), picture(colour, "png"));
        Files.write(folder.resolve("j.jpg"), picture(colour, "jpg"));
        Files.writeString(folder.resolve("s.svg"), svg(colour));
    }

    @Test
    void aFolderSwappedForALinkAfterTheCheckBringsNoOutsidePictureIntoTheFrame(@TempDir Path root) throws Exception {
        Path lessonFolder = Files.createDirectories(root.resolve("lesson"));
        Path sub = Files.createDirectories(lessonFolder.resolve("sub"));
        pictures(sub, Color.BLUE);
        Path outside = Files.createDirectories(root.resolve("outdir"));
        pictures(outside, Color.RED);
        Path lesson = Files.writeString(lessonFolder.resolve("pictures.lesson"), """
                lesson "Pictures"
                  video: 320x180, 10 fps

                scene "Pictures"
                  image p: "sub/p.png" at (-5, 0), size 3
                  image j: "sub/j.jpg" at (0, 0), size 3
                  image s: "sub/s.svg" at (5, 0), size 3
                  show p, j, s
                  wait 1s
                """);
        LessonSession session = TestEnv.silent(lesson);

        Files.move(sub, lessonFolder.resolve("sub-before"));
        Files.createSymbolicLink(sub, Path.of("../outdir"));

        Path still = root.resolve("still.png");
        Stills.frame(session, 0.5, 320, 180, still);
        BufferedImage frame = ImageIO.read(still.toFile());
        int blue = 0;
        int red = 0;
        for (int y = 0; y < frame.getHeight(); y++) {
            for (int x = 0; x < frame.getWidth(); x++) {
                Color c = new Color(frame.getRGB(x, y));
                if (c.getBlue() > 180 && c.getRed() < 80 && c.getGreen() < 80) {
                    blue++;
                } else if (c.getRed() > 180 && c.getBlue() < 80 && c.getGreen() < 80) {
                    red++;
                }
            }
        }
        assertTrue(red == 0, "nothing of the outside pictures is drawn (" + red + " red pixels)");
        assertTrue(blue > 3 * 40 * 40, "the checked pictures, blue, are drawn (" + blue + " blue pixels)");
    }
}
