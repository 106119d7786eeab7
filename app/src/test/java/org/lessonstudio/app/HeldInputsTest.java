package org.lessonstudio.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.media.AudioMix;

/**
 * What was checked is what is played (issue 11 review, item 2): a lesson's sound files are read
 * once, when the lesson is checked, and the render mixes those bytes. Swapping a folder of the
 * lesson's for a link to a folder outside after the check brings nothing of the outside file in.
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
}
