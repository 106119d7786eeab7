package org.lessonstudio.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sound file whose header lies about its length (issue 11 review, item 6: MP3s joined with
 * {@code cat}, where the first one's header speaks for the whole) is measured by decoding it: past
 * ten minutes it is refused by the check, and decoding it to mix it stops at the limit instead of
 * filling gigabytes.
 */
class SoundLengthTest {

    /** Seconds of a quiet tone as a mono MP3 at a sample rate and a bit rate, headers and all. */
    private static byte[] mp3(Path folder, int seconds, int rate, int bitrate) throws Exception {
        Path file = folder.resolve(seconds + "s-" + rate + "-" + bitrate + ".mp3");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 1)) {
            recorder.setFormat("mp3");
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_MP3);
            recorder.setSampleRate(rate);
            recorder.setAudioBitrate(bitrate);
            recorder.setSampleFormat(avutil.AV_SAMPLE_FMT_FLTP);
            recorder.start();
            float[] tone = new float[rate * seconds];
            for (int i = 0; i < tone.length; i++) {
                tone[i] = (float) (0.2 * Math.sin(2 * Math.PI * 440 * i / (double) rate));
            }
            recorder.recordSamples(rate, 1, FloatBuffer.wrap(tone));
            recorder.stop();
        }
        return Files.readAllBytes(file);
    }

    /**
     * A first MP3 at a high bit rate, then another at a low one joined to itself {@code times} times,
     * as {@code cat high.mp3 low.mp3 low.mp3 … > joined.mp3} would make: the length a header gives
     * (the first frames' rate, over the file's size) is far too short.
     */
    private static Path joined(Path folder, byte[] first, byte[] mp3, int times) throws Exception {
        Path file = folder.resolve("joined-" + times + ".mp3");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(first);
            for (int i = 0; i < times; i++) {
                out.write(mp3);
            }
        }
        return file;
    }

    private static double headerSays(Path file) throws Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            return grabber.getLengthInTime() / 1e6;
        }
    }

    @Test
    void aSoundWhoseHeaderSaysSecondsButThatLastsElevenMinutesIsRefusedAndNeverDecodedWhole(@TempDir Path folder)
            throws Exception {
        byte[] first = mp3(folder, 3, 48_000, 320_000);
        byte[] mp3 = mp3(folder, 2, 48_000, 32_000);
        Path liar = joined(folder, first, mp3, 330);
        assertTrue(headerSays(liar) < SoundProbe.MOST_SECONDS, "the header claims " + headerSays(liar) + " s");

        Optional<String> problem = SoundProbe.problem(liar);
        assertEquals(Optional.of("the sound lasts more than 10 minutes; a lesson's sound files may last 10 minutes "
                + "at most"), problem);
        assertThrows(AudioFiles.TooLong.class, () -> AudioFiles.decode(liar));

        Path fine = joined(folder, first, mp3, 3);
        assertEquals(Optional.empty(), SoundProbe.problem(fine));
        assertEquals(9, AudioFiles.seconds(fine), 0.5, "its real length, decoded");
    }
}
