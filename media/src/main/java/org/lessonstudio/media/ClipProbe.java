package org.lessonstudio.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;

/**
 * A teacher's clip or picture judged before it is chosen for a shot: FFmpeg opens the video and
 * decodes its first picture (a picture's header is read), so a broken file is passed over with a
 * note instead of stopping a render half-way. Costs milliseconds: nothing past the first frame
 * is decoded.
 */
public final class ClipProbe {

    /** 8K: the largest frame a clip may have (a bigger one is refused, not decoded). */
    private static final long MOST_PIXELS = 7680L * 4320L;

    private ClipProbe() {
    }

    /** Why the video cannot be played in a lesson, or empty if it can. */
    public static Optional<String> video(Path file) {
        FFmpegLogging.quiet();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            try {
                grabber.start();
            } catch (Exception e) {
                return Optional.of("it is not a video FFmpeg recognises");
            }
            if (grabber.getVideoStream() < 0 || grabber.getImageWidth() <= 0 || grabber.getImageHeight() <= 0) {
                return Optional.of("it has no pictures in it");
            }
            if ((long) grabber.getImageWidth() * grabber.getImageHeight() > MOST_PIXELS) {
                return Optional.of("its frames are larger than 8K");
            }
            if (grabber.grabImage() == null) {
                return Optional.of("its first picture cannot be decoded");
            }
            grabber.stop();
            return Optional.empty();
        } catch (Exception | LinkageError e) {
            return Optional.of("its pictures cannot be decoded");
        }
    }

    /** Why the picture cannot be shown, or empty if it can (its header alone is read). */
    public static Optional<String> picture(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.of("it is not a PNG or JPEG picture inside");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                return pixels <= 0 ? Optional.of("the picture has no size")
                        : pixels > 40_000_000L ? Optional.of("the picture is larger than 40 million pixels")
                        : Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("its header cannot be read");
        }
    }
}
