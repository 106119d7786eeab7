package org.lessonstudio.media;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/** Sound files (WAV, MP3, M4A, OGG) decoded by FFmpeg to 48 kHz stereo floats. */
public final class AudioFiles {

    public static final int RATE = 48_000;

    private AudioFiles() {
    }

    /** The whole file as interleaved stereo samples (left, right, left, …) at 48 kHz, from −1 to 1. */
    public static float[] decode(Path file) throws IOException {
        FFmpegLogging.quiet();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setSampleRate(RATE);
            grabber.setAudioChannels(2);
            grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
            grabber.start();
            float[] out = new float[RATE * 2 * 4];
            int used = 0;
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                FloatBuffer samples = (FloatBuffer) frame.samples[0];
                int n = samples.remaining();
                if (used + n > out.length) {
                    out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, used + n));
                }
                samples.get(out, used, n);
                used += n;
            }
            grabber.stop();
            return java.util.Arrays.copyOf(out, used);
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot read the sound file " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** How long a sound file lasts, in seconds. */
    public static double seconds(Path file) throws IOException {
        return decode(file).length / 2.0 / RATE;
    }
}
