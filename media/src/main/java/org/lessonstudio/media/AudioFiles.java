package org.lessonstudio.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.lessonstudio.renderer.HeldInputs;

/**
 * Sound files (WAV, MP3, M4A, OGG) decoded by FFmpeg to 48 kHz stereo floats. A file's length is
 * what decoding it gives, never what its header says (a header can lie: two MP3s joined claim the
 * first one's rate for the whole), and no file is decoded past {@link SoundProbe#MOST_SECONDS}, so
 * memory stays bounded whatever the file holds. The bytes read are those the checks held
 * ({@link HeldInputs}).
 */
public final class AudioFiles {

    public static final int RATE = 48_000;

    /** Decoding stops a little past the limit: enough to know the file is too long. */
    private static final long MOST_FRAMES = (long) ((SoundProbe.MOST_SECONDS + 1) * RATE);

    private AudioFiles() {
    }

    /** A sound file that is longer than a lesson's sound may be. */
    public static final class TooLong extends IOException {
        TooLong(Path file) {
            super(String.format(Locale.ROOT, "the sound file %s lasts more than %.0f minutes, the most a lesson's "
                    + "sound files may last", file.getFileName(), SoundProbe.MOST_SECONDS / 60));
        }
    }

    /**
     * The whole file as interleaved stereo samples (left, right, left, …) at 48 kHz, from −1 to 1.
     *
     * @throws TooLong when it goes on past the limit, whatever its header says
     */
    public static float[] decode(Path file) throws IOException {
        FFmpegLogging.quiet();
        try (InputStream bytes = HeldInputs.open(file);
             FFmpegFrameGrabber grabber = grabber(file, bytes)) {
            grabber.start();
            float[] out = new float[RATE * 2 * 4];
            int used = 0;
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                FloatBuffer samples = (FloatBuffer) frame.samples[0];
                int n = samples.remaining();
                if ((used + (long) n) / 2 > MOST_FRAMES) {
                    throw new TooLong(file);
                }
                if (used + n > out.length) {
                    out = java.util.Arrays.copyOf(out, (int) Math.min(2 * MOST_FRAMES + n,
                            Math.max(out.length * 2L, used + n)));
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

    /**
     * How long the file lasts, in seconds, by decoding it as it is (no resampling; each piece at its
     * own rate, so a file joined from two rates is measured right), keeping nothing; or a number
     * over {@code most} as soon as it is known to last longer.
     */
    public static double measure(Path file, double most) throws IOException {
        FFmpegLogging.quiet();
        try (InputStream bytes = HeldInputs.open(file);
             FFmpegFrameGrabber grabber = HeldInputs.held(file).isPresent()
                     ? new FFmpegFrameGrabber(bytes, Integer.MAX_VALUE - 8) : new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            boolean planar = avutil.av_sample_fmt_is_planar(grabber.getSampleFormat()) != 0;
            double seconds = 0;
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                if (frame.samples == null || frame.samples.length == 0 || frame.sampleRate <= 0) {
                    continue;
                }
                int perChannel = frame.samples[0].limit() / (planar ? 1 : Math.max(1, frame.audioChannels));
                seconds += perChannel / (double) frame.sampleRate;
                if (seconds > most) {
                    break;
                }
            }
            grabber.stop();
            return seconds;
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot read the sound file " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** A grabber decoding to 48 kHz stereo floats from the bytes (when held) or the file. */
    static FFmpegFrameGrabber grabber(Path file, InputStream bytes) {
        FFmpegFrameGrabber grabber = HeldInputs.held(file).isPresent()
                ? new FFmpegFrameGrabber(bytes, Integer.MAX_VALUE - 8) : new FFmpegFrameGrabber(file.toFile());
        grabber.setSampleRate(RATE);
        grabber.setAudioChannels(2);
        grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
        return grabber;
    }

    /** How long a sound file lasts, in seconds. */
    public static double seconds(Path file) throws IOException {
        return decode(file).length / 2.0 / RATE;
    }
}
