package org.lessonstudio.media;

import org.bytedeco.ffmpeg.global.avutil;

/**
 * Keeps FFmpeg and JavaCPP quiet on the terminal: only fatal errors from FFmpeg itself, and JavaCPP's
 * notes routed to SLF4J's no-op logger. Must run before any JavaCV class is loaded.
 */
final class FFmpegLogging {

    private static boolean done;

    private FFmpegLogging() {
    }

    static synchronized void quiet() {
        if (done) {
            return;
        }
        if (System.getProperty("org.bytedeco.javacpp.logger") == null) {
            System.setProperty("org.bytedeco.javacpp.logger", "slf4j");
        }
        // Fatal only: whatever goes wrong with a file is said by our own messages, with its line.
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
        done = true;
    }
}
