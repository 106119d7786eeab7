package org.lessonstudio.dsl.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Scene;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.source.RootFolder;
import org.lessonstudio.dsl.source.Span;

/**
 * The folder of the teacher's own clips ({@code clips: "clips"}, or {@code clips} beside the lesson
 * when not named): inside the lesson's folder with links followed, or refused. A problem with it
 * is a mistake when the lesson names it or has footage the library may give (then a clip in it
 * that is a link leading out of it is left out, with a warning); otherwise it is only not read.
 *
 * <pre>
 * lesson "Waves"
 *   clips: "my clips"      # refused if "my clips" is a link to a folder outside the lesson's
 * </pre>
 */
final class ClipsFolder {

    private ClipsFolder() {
    }

    /**
     * The clips folder's real path, or null when there is none or it is refused (an error when the
     * lesson names the folder or may use it; otherwise it is simply not read).
     */
    static Path find(HeaderChecker.Header header, List<Scene> scenes, Diagnostics diagnostics) {
        Span where = header.clipsSpan() != null ? header.clipsSpan() : firstShotForTheLibrary(header, scenes);
        Optional<RootFolder> lesson = LessonFiles.lessonFolder(diagnostics);
        if (lesson.isEmpty()) {
            return null;
        }
        String clips = header.footage().clips();
        RootFolder.Found found = lesson.get().find(clips);
        if (found instanceof RootFolder.Refused refused) {
            switch (refused.reason()) {
                case ESCAPES, ABSENT -> {
                    // a name leaving the folder was refused with the setting; an absent folder has no clips
                }
                case LINK_OUTSIDE, LINK_BROKEN -> {
                    if (where != null) {
                        LessonFiles.refuse(refused, where, "setting.clips-outside", clips, "lesson", "clips folder",
                                diagnostics);
                    }
                }
            }
            return null;
        }
        Path real = ((RootFolder.Inside) found).real();
        if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (where != null) {
            leftOut(clips, real, where, diagnostics);
        }
        return real;
    }

    /** The first shot the library may be asked for: the lesson's order, or the shot's own, names it. */
    private static Span firstShotForTheLibrary(HeaderChecker.Header header, List<Scene> scenes) {
        boolean lessonAsks = header.footage().providers().contains("library");
        return scenes.stream().flatMap(scene -> scene.shapes().stream())
                .filter(Shape.Footage.class::isInstance).map(Shape.Footage.class::cast)
                .filter(shot -> lessonAsks || shot.provider().equals("library"))
                .map(Shape.Footage::span).findFirst().orElse(null);
    }

    /** Warns of each entry of the folder that is a link leading out of it: the library will not use it. */
    private static void leftOut(String clips, Path real, Span where, Diagnostics diagnostics) {
        RootFolder folder;
        List<Path> entries;
        try (Stream<Path> listing = Files.list(real)) {
            folder = RootFolder.of(real);
            entries = listing.filter(Files::isSymbolicLink).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (folder.find(name) instanceof RootFolder.Refused refused
                    && refused.reason() == RootFolder.Reason.LINK_OUTSIDE) {
                diagnostics.warning(where, "link.left-out", clips + "/" + name, refused.target());
            }
        }
    }
}
