package org.lessonstudio.dsl.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of one lesson file and the name it is reported under. Positions inside it are kept as
 * character offsets ({@link Span}); line and column are computed only when a message is shown.
 */
public record SourceFile(String name, Path path, String text) {

    public static SourceFile read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new SourceFile(path.toString(), path, text);
    }

    public static SourceFile of(String name, String text) {
        return new SourceFile(name, null, text);
    }

    /** 1-based line of a character offset. */
    public int line(int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
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
        while (i > 0 && text.charAt(i - 1) != '\n') {
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
