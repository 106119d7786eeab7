package org.lessonstudio.media;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;

/**
 * A rendered lesson video cut into pieces at given times (a presentation's steps), each piece an
 * MP4 of its own that starts on a picture of its own: the video is read once, in order, and each
 * piece re-encoded (cutting by stream copy would start a piece at the key frame before its
 * time, showing the end of the step before). Sound goes with the pictures it is heard under.
 */
public final class Mp4Cuts {

    private Mp4Cuts() {
    }

    /**
     * Cuts {@code video} at each of {@code cuts} (seconds, ascending, inside the video) into
     * {@code cuts.size() + 1} files named {@code step-1.mp4}, {@code step-2.mp4}… in {@code folder}.
     */
    public static List<Path> cut(Path video, List<Double> cuts, Path folder) throws IOException {
        FFmpegLogging.quiet();
        List<Path> pieces = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            int piece = 0;
            FFmpegFrameRecorder recorder = null;
            try {
                recorder = open(grabber, folder, pieces);
                double frameLength = 1 / (grabber.getFrameRate() > 0 ? grabber.getFrameRate() : 30);
                Frame frame;
                while ((frame = grabber.grab()) != null) {
                    double t = frame.timestamp / 1e6;
                    // a picture belongs to the step it starts in (half a frame early counts, so a
                    // pause on a frame's time opens the next piece with that frame)
                    while (piece < cuts.size() && t >= cuts.get(piece) - frameLength / 2) {
                        recorder.stop();
                        recorder.release();
                        recorder = null;
                        piece++;
                        recorder = open(grabber, folder, pieces);
                    }
                    if (frame.image != null || frame.samples != null) {
                        recorder.record(frame);
                    }
                }
                while (piece < cuts.size()) { // cuts past the last frame still get their (empty) file
                    recorder.stop();
                    recorder.release();
                    recorder = null;
                    piece++;
                    recorder = open(grabber, folder, pieces);
                }
                recorder.stop();
                recorder.release();
                recorder = null;
            } finally {
                if (recorder != null) {
                    recorder.release();
                }
            }
        } catch (FrameGrabber.Exception | FrameRecorder.Exception e) {
            throw new IOException(video.getFileName() + " could not be cut into steps: " + e.getMessage(), e);
        }
        return pieces;
    }

    private static FFmpegFrameRecorder open(FFmpegFrameGrabber grabber, Path folder, List<Path> pieces)
            throws FrameRecorder.Exception {
        Path file = folder.resolve("step-" + (pieces.size() + 1) + ".mp4");
        pieces.add(file);
        int channels = grabber.getAudioStream() >= 0 ? grabber.getAudioChannels() : 0;
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), grabber.getImageWidth(),
                grabber.getImageHeight(), channels);
        recorder.setFormat("mp4");
        recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
        recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(grabber.getFrameRate() > 0 ? grabber.getFrameRate() : 30);
        recorder.setVideoOption("profile", "high");
        recorder.setVideoOption("tune", "animation");
        recorder.setVideoOption("preset", "veryfast");
        recorder.setVideoOption("crf", "20");
        if (channels > 0) {
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(grabber.getSampleRate());
            recorder.setAudioBitrate(160_000);
        }
        recorder.setOption("movflags", "+faststart");
        recorder.start();
        return recorder;
    }
}
