package org.lessonstudio.renderer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * A PNG's parts (chunks) walked from its signature to its last part, {@code IEND}, reading only
 * each part's length and name: a file cut short, or one whose parts claim more bytes than it has,
 * is found without decoding a pixel.
 */
final class PngChunks {

    private static final long SIGNATURE = 0x89504E470D0A1A0AL;

    private PngChunks() {
    }

    /** What is wrong with the PNG's parts, or empty if it is whole (or not a PNG: not judged here). */
    static Optional<String> problem(Path file) {
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = in.size();
            ByteBuffer head = ByteBuffer.allocate(8);
            if (read(in, head, 0) < 8 || head.getLong(0) != SIGNATURE) {
                return Optional.empty();
            }
            long at = 8;
            while (at + 8 <= size) {
                head.clear();
                read(in, head, at);
                long length = head.getInt(0) & 0xFFFFFFFFL;
                int type = head.getInt(4);
                at += 12 + length;
                if (at > size) {
                    return Optional.of("the PNG is cut short: a part of it claims more bytes than the file has");
                }
                if (type == 0x49454E44) { // IEND
                    return Optional.empty();
                }
            }
            return Optional.of("the PNG is cut short: it ends before its last part");
        } catch (IOException e) {
            return Optional.of("the file cannot be read (" + SvgScan.plain(e.getMessage()) + ")");
        }
    }

    private static int read(FileChannel in, ByteBuffer buffer, long at) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = in.read(buffer, at + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }
}
