package org.lessonstudio.media;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Reads a video back and reports what a browser or an LMS will care about: codec and profile,
 * pixel format, size, frame rate, how many frames it really holds, and whether its index comes
 * first (so it starts playing before it has fully downloaded).
 */
public final class VideoProbe {

    /** H.264 High profile, as FFmpeg numbers it. */
    public static final int H264_HIGH = 100;

    /** What was found. {@code duration} is frames divided by the frame rate, in seconds. */
    public record Facts(String codec, int profile, String pixelFormat, int width, int height, double fps,
                        int frames, double duration, boolean fastStart) { }

    private VideoProbe() {
    }

    public static Facts probe(Path video) throws IOException {
        FFmpegLogging.quiet();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            AVCodecParameters parameters = grabber.getFormatContext().streams(grabber.getVideoStream()).codecpar();
            String pixelFormat = avutil.av_get_pix_fmt_name(parameters.format()).getString();
            int frames = 0;
            while (grabber.grabImage() != null) {
                frames++;
            }
            double fps = grabber.getFrameRate();
            Facts facts = new Facts(grabber.getVideoCodecName(), parameters.profile(), pixelFormat,
                    grabber.getImageWidth(), grabber.getImageHeight(), fps, frames, frames / fps,
                    indexComesFirst(video));
            grabber.stop();
            return facts;
        } catch (FrameGrabber.Exception e) {
            throw new IOException("cannot read the video " + video + ": " + e.getMessage(), e);
        }
    }

    /** True when the MP4's {@code moov} box (its index) comes before its {@code mdat} box (the media). */
    static boolean indexComesFirst(Path video) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(video.toFile(), "r")) {
            long position = 0;
            while (position + 8 <= file.length()) {
                file.seek(position);
                long size = Integer.toUnsignedLong(file.readInt());
                byte[] type = new byte[4];
                file.readFully(type);
                String name = new String(type, java.nio.charset.StandardCharsets.US_ASCII);
                if (name.equals("moov")) {
                    return true;
                }
                if (name.equals("mdat")) {
                    return false;
                }
                if (size == 1) {
                    size = file.readLong();
                } else if (size == 0) {
                    return false;
                }
                if (size < 8) {
                    return false;
                }
                position += size;
            }
            return false;
        }
    }
}
