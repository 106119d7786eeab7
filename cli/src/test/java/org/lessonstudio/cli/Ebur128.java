package org.lessonstudio.cli;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameFilter;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * Loudness measured by FFmpeg's own ebur128 filter (not by the code that normalised the sound):
 * the video's audio is run through the filter and its summary read from FFmpeg's log.
 */
final class Ebur128 {

    /** Integrated loudness (LUFS) and true peak (dBTP). */
    record Reading(double integrated, double truePeak) { }

    private Ebur128() {
    }

    static synchronized Reading measure(Path video) throws Exception {
        StringBuilder log = new StringBuilder();
        LogCallback capture = new LogCallback() {
            @Override
            public void call(int level, BytePointer message) {
                log.append(message.getString());
            }
        };
        avutil.av_log_set_level(avutil.AV_LOG_INFO);
        avutil.setLogCallback(capture);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            FFmpegFrameFilter filter = new FFmpegFrameFilter("ebur128=peak=true", grabber.getAudioChannels());
            filter.setSampleRate(grabber.getSampleRate());
            filter.setSampleFormat(grabber.getSampleFormat());
            filter.start();
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                filter.push(frame);
                while (filter.pull() != null) {
                    // the filter passes the sound through; only its log matters
                }
            }
            filter.stop();
            filter.release();
            grabber.stop();
        } finally {
            avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        }
        String summary = log.substring(Math.max(0, log.lastIndexOf("Summary")));
        return new Reading(number(summary, "I:\\s*(-?[0-9.]+) LUFS"), number(summary, "Peak:\\s*(-?[0-9.inf]+) dBFS"));
    }

    private static double number(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        if (!m.find()) {
            throw new AssertionError("ebur128 did not report " + pattern + " in:\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }
}
