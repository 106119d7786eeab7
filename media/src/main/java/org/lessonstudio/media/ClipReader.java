package org.lessonstudio.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * A footage clip's pictures by time. A render asks for frames in order, so the clip is decoded
 * forward and the last few frames are kept (frames asked for slightly out of order are still
 * found); a jump back, as when scrubbing the preview, seeks. Safe to share between threads, but
 * a picture it returns is only good until a few more frames have been asked for: draw it at once.
 */
public final class ClipReader implements AutoCloseable {

    private static final int KEPT = 8;

    private record Timed(double time, BufferedImage image) { }

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final Deque<Timed> recent = new ArrayDeque<>();
    private final double duration;
    private final double frameLength;
    private final int width;
    private final int height;
    private boolean ended;

    private ClipReader(Path file, FFmpegFrameGrabber grabber) {
        this.file = file;
        this.grabber = grabber;
        double rate = grabber.getFrameRate() > 0 ? grabber.getFrameRate() : 30;
        this.frameLength = 1 / rate;
        long micros = grabber.getLengthInTime();
        this.duration = micros > 0 ? micros / 1e6 : grabber.getLengthInVideoFrames() / rate;
        this.width = grabber.getImageWidth();
        this.height = grabber.getImageHeight();
    }

    /** Opens a video file (MP4, MOV, WebM…); a file that is not a video is an IOException that says so. */
    public static ClipReader open(Path file) throws IOException {
        FFmpegLogging.quiet();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        // one decoding thread: a clip is read a frame at a time, and each thread holds its own frames
        grabber.setVideoOption("threads", "1");
        grabber.setPixelFormat(org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24);
        try {
            grabber.start();
            if (grabber.getVideoStream() < 0 || grabber.getImageWidth() <= 0) {
                grabber.close();
                throw new IOException(file.getFileName() + " has no pictures");
            }
            return new ClipReader(file, grabber);
        } catch (FrameGrabber.Exception e) {
            grabber.close();
            throw new IOException(file.getFileName() + " is not a video that can be read: " + e.getMessage(), e);
        }
    }

    /** The clip's length in seconds. */
    public double duration() {
        return duration;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The picture showing at {@code seconds} into the clip (held at the last frame past its end). */
    public synchronized BufferedImage frameAt(double seconds) throws IOException {
        double t = Math.max(0, seconds);
        if (recent.isEmpty() || t < recent.peekFirst().time() - frameLength / 2) {
            seek(t);
        }
        while (!ended && recent.peekLast().time() + frameLength <= t + frameLength / 2) {
            if (!decodeNext() && recent.isEmpty()) {
                throw new IOException(file.getFileName() + " has no frame at " + seconds + " s");
            }
        }
        Iterator<Timed> backwards = recent.descendingIterator();
        while (backwards.hasNext()) {
            Timed frame = backwards.next();
            if (frame.time() <= t + frameLength / 2) {
                return frame.image();
            }
        }
        return recent.peekFirst().image();
    }

    private void seek(double t) throws IOException {
        recent.clear();
        ended = false;
        try {
            grabber.setTimestamp((long) (t * 1e6));
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot seek in " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (!decodeNext()) {
            // past the end: start again from the top and hold the last picture
            try {
                grabber.setTimestamp(0);
            } catch (FrameGrabber.Exception e) {
                throw new IOException("cannot seek in " + file.getFileName() + ": " + e.getMessage(), e);
            }
            ended = false;
            while (decodeNext()) {
                // read to the last frame
            }
            if (recent.isEmpty()) {
                throw new IOException(file.getFileName() + " has no frames");
            }
        }
    }

    /** Decodes one more frame into the kept ones; false at the end of the clip. */
    private boolean decodeNext() throws IOException {
        try {
            Frame frame = grabber.grabImage();
            if (frame == null || frame.image == null) {
                ended = true;
                return false;
            }
            double time = frame.timestamp / 1e6;
            // the oldest kept frame's pixels are reused, so decoding makes no garbage
            BufferedImage copy = recent.size() >= KEPT ? recent.removeFirst().image() : null;
            if (copy == null || copy.getWidth() != frame.imageWidth || copy.getHeight() != frame.imageHeight) {
                copy = new BufferedImage(frame.imageWidth, frame.imageHeight, BufferedImage.TYPE_3BYTE_BGR);
            }
            copyPixels(frame, copy);
            recent.addLast(new Timed(time, copy));
            return true;
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** The decoded frame's rows (BGR, 3 bytes a pixel, as the grabber gives them) into an image of the same layout. */
    private static void copyPixels(Frame frame, BufferedImage image) {
        byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        java.nio.ByteBuffer buffer = (java.nio.ByteBuffer) frame.image[0];
        int rowBytes = frame.imageWidth * 3;
        for (int y = 0; y < frame.imageHeight; y++) {
            buffer.position(y * frame.imageStride);
            buffer.get(pixels, y * rowBytes, rowBytes);
        }
        buffer.rewind();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
