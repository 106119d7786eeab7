package org.lessonstudio.dsl.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.lessonstudio.dsl.source.Limits;

/**
 * The text of one lesson file and the name it is reported under. Positions inside it are kept as
 * character offsets ({@link Span}); line and column are computed only when a message is shown.
 *
 * @param problem why the file cannot be read as a lesson (too large, not UTF-8), with where; the
 *                text is then only what can be shown around that place
 */
public record SourceFile(String name, Path path, String text, Optional<Problem> problem) {

    /** Why a file's bytes are not a lesson's text. */
    public sealed interface Problem {

        /** Where to point in the text that was kept. */
        int offset();
    }

    /** The file is larger than {@link Limits#FILE_BYTES}; only its first line was kept. */
    public record TooLarge(long bytes) implements Problem {
        @Override
        public int offset() {
            return 0;
        }
    }

    /** The byte {@code value} at character {@code offset} of the text (decoded up to there) is not UTF-8. */
    public record NotUtf8(int offset, int value) implements Problem { }

    public SourceFile(String name, Path path, String text) {
        this(name, path, text, Optional.empty());
    }

    /**
     * Reads a lesson file as UTF-8 (a byte order mark is dropped). Never more than
     * {@link Limits#FILE_BYTES} and one byte are read, whatever the file is (a huge file, a device
     * that never ends); a file too large or not UTF-8 comes back with its {@link #problem()}.
     */
    public static SourceFile read(Path path) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(Limits.FILE_BYTES + 1);
        }
        return fromBytes(path.toString(), path, bytes);
    }

    /** A lesson's text from its bytes, as {@link #read(Path)} makes it. */
    public static SourceFile fromBytes(String name, Path path, byte[] bytes) {
        if (bytes.length > Limits.FILE_BYTES) {
            long size = bytes.length;
            try {
                size = path == null ? size : Math.max(size, Files.size(path));
            } catch (IOException | UnsupportedOperationException e) {
                // the size read so far is enough to say it is too large
            }
            String head = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.UTF_8);
            int end = 0;
            while (end < head.length() && end < 120 && head.charAt(end) != '\n' && head.charAt(end) != '\r') {
                end++;
            }
            return new SourceFile(name, path, head.substring(0, end), Optional.of(new TooLarge(size)));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return new SourceFile(name, path, withoutMark(out.flip().toString()));
        }
        int bad = in.position();
        int offset = out.position();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
            offset--;
        }
        return new SourceFile(name, path, text, Optional.of(new NotUtf8(Math.max(0, offset), bytes[bad] & 0xFF)));
    }

    private static String withoutMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public static SourceFile of(String name, String text) {
        return new SourceFile(name, null, text);
    }

    /**
     * Whether the character at {@code i} ends a line: a line feed, or a carriage return not followed
     * by one. CR LF (Windows), LF (Unix) and a lone CR (classic Mac) each end one line.
     */
    public static boolean endsLine(CharSequence text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
    }

    /** 1-based line of a character offset. */
    public int line(int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (endsLine(text, i)) {
                line++;
            }
        }
        return line;
    }

    /** 1-based column of a character offset, counting code points so Chinese text lines up. */
    public int column(int offset) {
        int start = lineStart(offset);
        return text.codePointCount(start, Math.min(offset, text.length())) + 1;
    }

    public int lineStart(int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && !endsLine(text, i - 1)) {
            i--;
        }
        return i;
    }

    public int lineEnd(int offset) {
        int i = Math.min(offset, text.length());
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** The full text of the line holding the offset, without its line break. */
    public String lineText(int offset) {
        return text.substring(lineStart(offset), lineEnd(offset));
    }

    /**
     * The folder a lesson may read its own files from: the one it really is in, so a lesson file
     * that is a link reads the files beside the lesson it leads to (see {@link RootFolder}).
     */
    public Path folder() {
        if (path == null) {
            return Path.of(".").toAbsolutePath().normalize();
        }
        Path file = path.toAbsolutePath().normalize();
        try {
            file = file.toRealPath();
        } catch (IOException e) {
            // not on disk (a test's text): the folder it names
        }
        Path parent = file.getParent();
        return parent == null ? Path.of("/") : parent;
    }
}
