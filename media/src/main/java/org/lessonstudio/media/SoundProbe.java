package org.lessonstudio.media;

import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.lessonstudio.renderer.HeldInputs;

/**
 * A sound file judged before a render needs it (for `lesson check`): FFmpeg opens it, finds a
 * sound stream and decodes its first piece. A header claiming too long is refused at once; then
 * the file is decoded to measure its real length (a header can lie: two MP3s joined claim the
 * first one's length), no further than the limit and keeping nothing, so a check costs at most
 * the decoding of ten minutes of sound.
 */
public final class SoundProbe {

    /** Ten minutes: a sound file is decoded whole into memory (about 23 MB a minute) to be mixed. */
    public static final double MOST_SECONDS = 600;

    private SoundProbe() {
    }

    /** Why the file cannot be played in a lesson, or empty if it can. */
    public static Optional<String> problem(Path file) {
        FFmpegLogging.quiet();
        try (InputStream bytes = HeldInputs.open(file);
             FFmpegFrameGrabber grabber = AudioFiles.grabber(file, bytes)) {
            try {
                grabber.start();
            } catch (Exception e) {
                return Optional.of("it is not a sound file FFmpeg recognises");
            }
            if (grabber.getAudioChannels() <= 0) {
                return Optional.of("the file has no sound in it");
            }
            double claimed = grabber.getLengthInTime() / 1e6;
            if (claimed > MOST_SECONDS) {
                return Optional.of(tooLong(String.format(Locale.ROOT, "%.0f minutes", claimed / 60)));
            }
            Frame first = grabber.grabSamples();
            if (first == null) {
                return Optional.of("the file has no sound in it");
            }
            grabber.stop();
        } catch (Exception | LinkageError e) {
            return Optional.of("its sound cannot be decoded");
        }
        // the header may lie (two files joined): its length is what decoding it gives
        try {
            double seconds = AudioFiles.measure(file, MOST_SECONDS);
            if (seconds > MOST_SECONDS) {
                return Optional.of(tooLong(String.format(Locale.ROOT, "more than %.0f minutes", MOST_SECONDS / 60)));
            }
            return Optional.empty();
        } catch (Exception | LinkageError e) {
            return Optional.of("its sound cannot be decoded");
        }
    }

    private static String tooLong(String length) {
        return String.format(Locale.ROOT, "the sound lasts %s; a lesson's sound files may last %.0f minutes at most",
                length, MOST_SECONDS / 60);
    }
}
