package org.lessonstudio.media;

import java.util.Locale;
import java.util.Optional;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * A sound file judged before a render needs it (for `lesson check`): FFmpeg opens it, finds a
 * sound stream and decodes its first piece; the length comes from its header. Nothing else is
 * decoded, so checking costs milliseconds whatever the file's length.
 */
public final class SoundProbe {

    /** Ten minutes: a sound file is decoded whole into memory (about 23 MB a minute) to be mixed. */
    public static final double MOST_SECONDS = 600;

    private SoundProbe() {
    }

    /** Why the file cannot be played in a lesson, or empty if it can. */
    public static Optional<String> problem(Path file) {
        FFmpegLogging.quiet();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            try {
                grabber.start();
            } catch (Exception e) {
                return Optional.of("it is not a sound file FFmpeg recognises");
            }
            if (grabber.getAudioChannels() <= 0) {
                return Optional.of("the file has no sound in it");
            }
            double seconds = grabber.getLengthInTime() / 1e6;
            if (seconds > MOST_SECONDS) {
                return Optional.of(String.format(Locale.ROOT, "the sound lasts %.0f minutes; a lesson's sound files "
                        + "may last %.0f minutes at most", seconds / 60, MOST_SECONDS / 60));
            }
            Frame first = grabber.grabSamples();
            if (first == null) {
                return Optional.of("the file has no sound in it");
            }
            grabber.stop();
            return Optional.empty();
        } catch (Exception | LinkageError e) {
            return Optional.of("its sound cannot be decoded");
        }
    }
}
