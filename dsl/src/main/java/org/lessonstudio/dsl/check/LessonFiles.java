package org.lessonstudio.dsl.check;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.source.Span;

/**
 * Files a lesson uses (pictures, recordings, music): found from the lesson's folder, never
 * outside it, of a kind that can be used, and there.
 */
final class LessonFiles {

    private LessonFiles() {
    }

    /**
     * @param kind the message family: {@code image}, {@code audio}
     */
    static Optional<Path> resolve(String written, Span span, Set<String> endings, String kind, Diagnostics diagnostics) {
        Path folder = diagnostics.file().folder();
        Path path;
        try {
            path = folder.resolve(written).normalize();
        } catch (InvalidPathException e) {
            diagnostics.error(span, kind + ".missing", written);
            return Optional.empty();
        }
        if (!path.startsWith(folder)) {
            diagnostics.error(span, kind + ".outside", written);
            return Optional.empty();
        }
        String lower = written.toLowerCase(Locale.ROOT);
        if (endings.stream().noneMatch(lower::endsWith)) {
            diagnostics.error(span, kind + ".type", written);
            return Optional.empty();
        }
        if (!Files.isRegularFile(path)) {
            diagnostics.error(span, kind + ".missing", written);
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
