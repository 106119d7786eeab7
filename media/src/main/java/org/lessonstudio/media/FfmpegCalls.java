package org.lessonstudio.media;

import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.bytedeco.javacpp.BytePointer;

/** Small helpers for calling FFmpeg's C functions: text as UTF-8, and a failed call said plainly. */
final class FfmpegCalls {

    private FfmpegCalls() {
    }

    /** A file name or tag as the UTF-8 bytes FFmpeg reads. */
    static BytePointer utf8(String text) {
        return new BytePointer(text, StandardCharsets.UTF_8);
    }

    /** Throws with FFmpeg's own words when a call returned an error code; {@code doing} says what was tried. */
    static void check(int result, String doing) throws IOException {
        if (result < 0) {
            byte[] message = new byte[256];
            av_strerror(result, message, message.length);
            int end = 0;
            while (end < message.length && message[end] != 0) {
                end++;
            }
            throw new IOException("cannot " + doing + ": " + new String(message, 0, end, StandardCharsets.UTF_8));
        }
    }
}
