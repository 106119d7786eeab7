package org.lessonstudio.dsl.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.source.RootFolder;
import org.lessonstudio.dsl.source.Span;

/**
 * Files a lesson uses (pictures, recordings, music): found from the lesson's folder, never
 * outside it (links followed: one that leads outside is refused), of a kind that can be used, and
 * there. What is found is the file's real path, which is what later stages open.
 */
final class LessonFiles {

    private LessonFiles() {
    }

    /**
     * @param kind the message family: {@code image}, {@code audio}
     */
    static Optional<Path> resolve(String written, Span span, Set<String> endings, String kind, Diagnostics diagnostics) {
        RootFolder.Found found = lessonFolder(diagnostics)
                .map(folder -> folder.find(written))
                .orElse(new RootFolder.Refused(RootFolder.Reason.ABSENT, "", ""));
        if (found instanceof RootFolder.Refused refused && refused.reason() == RootFolder.Reason.ESCAPES) {
            diagnostics.error(span, kind + ".outside", written);
            return Optional.empty();
        }
        String lower = written.toLowerCase(Locale.ROOT);
        if (endings.stream().noneMatch(lower::endsWith)) {
            diagnostics.error(span, kind + ".type", written);
            return Optional.empty();
        }
        if (found instanceof RootFolder.Inside inside && Files.isRegularFile(inside.real(), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(inside.real());
        }
        if (found instanceof RootFolder.Inside inside && Files.exists(inside.real(), LinkOption.NOFOLLOW_LINKS)) {
            // there, but a folder, a pipe or a device: never opened (a pipe would wait for ever)
            diagnostics.error(span, "file.not-regular", written, Files.isDirectory(inside.real(), LinkOption.NOFOLLOW_LINKS)
                    ? "a folder" : "a pipe or a device");
            return Optional.empty();
        }
        if (found instanceof RootFolder.Refused refused) {
            refuse(refused, span, kind + ".missing", written, "lesson", "file", diagnostics);
        } else {
            diagnostics.error(span, kind + ".missing", written);
        }
        return Optional.empty();
    }

    /** The lesson's own folder, as its real path. */
    static Optional<RootFolder> lessonFolder(Diagnostics diagnostics) {
        try {
            return Optional.of(RootFolder.of(diagnostics.file().folder()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Reports why a name cannot be used: {@code missing} (a message key taking the name) when there is
     * nothing there, the link messages when a link is in the way.
     *
     * @param owner whose folder it is: {@code lesson}, {@code course}
     * @param what  what to copy into it instead: {@code file}, {@code clips folder}
     */
    static void refuse(RootFolder.Refused refused, Span span, String missing, String written, String owner,
                       String what, Diagnostics diagnostics) {
        switch (refused.reason()) {
            case ESCAPES, ABSENT -> diagnostics.error(span, missing, written);
            case LINK_OUTSIDE -> diagnostics.error(span, "link.outside", refused.link(), refused.target(), owner, what);
            case LINK_BROKEN -> diagnostics.error(span, "link.broken", refused.link(), refused.target(), owner, what);
        }
    }
}
