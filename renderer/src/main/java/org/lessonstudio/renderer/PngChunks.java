package org.lessonstudio.renderer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A PNG's parts (chunks) walked from its signature to its last part, {@code IEND}, reading only
 * each part's length and name: a file cut short, or one whose parts claim more bytes than it has,
 * is found without decoding a pixel. The bytes walked are the ones the check holds for the file
 * ({@link HeldInputs}), the same the picture is later drawn from.
 */
final class PngChunks {

    private static final long SIGNATURE = 0x89504E470D0A1A0AL;

    private PngChunks() {
    }

    /** What is wrong with the PNG's parts, or empty if it is whole (or not a PNG: not judged here). */
    static Optional<String> problem(Path file) {
        byte[] bytes;
        try {
            bytes = HeldInputs.bytes(file);
        } catch (IOException e) {
            return Optional.of("the file cannot be read (" + SvgScan.plain(e.getMessage()) + ")");
        }
        return problem(bytes);
    }

    /** The same for a PNG's bytes. */
    static Optional<String> problem(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        long size = bytes.length;
        if (size < 8 || in.getLong(0) != SIGNATURE) {
            return Optional.empty();
        }
        long at = 8;
        while (at + 8 <= size) {
            long length = in.getInt((int) at) & 0xFFFFFFFFL;
            int type = in.getInt((int) at + 4);
            at += 12 + length;
            if (at > size) {
                return Optional.of("the PNG is cut short: a part of it claims more bytes than the file has");
            }
            if (type == 0x49454E44) { // IEND
                return Optional.empty();
            }
        }
        return Optional.of("the PNG is cut short: it ends before its last part");
    }
}
