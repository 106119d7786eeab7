package org.lessonstudio.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses, before anything is written, an output that would land on a file the same run reads:
 * {@code lesson render a.lesson -o a.lesson} would otherwise replace the lesson with its video.
 * Paths are compared as the file system sees them: {@code ..} taken, symbolic links in the folders
 * followed, a link at the end followed too, and for a file that exists, by its identity (so a
 * second name for the same file, or another letter case on a file system that ignores it, is
 * caught as well).
 */
public final class OutputGuard {

    /** A file a run writes, and what it is ("the video", "its captions (SRT)"). */
    public record Output(Path file, String what) { }

    private OutputGuard() {
    }

    /** Why the run must not write {@code outputs}, if one of them is one of {@code inputs}. */
    public static Optional<String> refusal(List<Output> outputs, List<LessonInputs.Input> inputs) {
        Map<Path, LessonInputs.Input> byPlace = new HashMap<>();
        for (LessonInputs.Input input : inputs) {
            for (Path place : places(input.file())) {
                byPlace.putIfAbsent(place, input);
            }
        }
        for (Output output : outputs) {
            for (Path place : places(output.file())) {
                LessonInputs.Input hit = byPlace.get(place);
                if (hit != null) {
                    return Optional.of(message(output, hit));
                }
            }
            if (Files.exists(output.file())) {
                for (LessonInputs.Input input : inputs) {
                    if (same(output.file(), input.file())) {
                        return Optional.of(message(output, input));
                    }
                }
            }
        }
        for (Output output : outputs) {
            Optional<String> kind = notRegular(output.file());
            if (kind.isPresent()) {
                return Optional.of("refusing to write over " + output.file() + ": it is " + kind.get()
                        + ", not a file (" + output.what() + " would go there); nothing was written; "
                        + "choose a file name with -o");
            }
            if (lessonName(output.file())) {
                return Optional.of("refusing to write " + output.what() + " to " + output.file()
                        + ": a name ending in .lesson or .course is a lesson's, and Lesson Studio never writes "
                        + "over a lesson; nothing was written; choose another name with -o");
            }
        }
        return Optional.empty();
    }

    /**
     * What is at {@code path} when it is there but is no regular file (links followed): a folder, a
     * device, a pipe or a socket. Writing "onto" one of these would replace it (the temporary file is
     * moved onto the name) or block, so an output there is refused.
     */
    static Optional<String> notRegular(Path path) {
        if (!Files.exists(path) || Files.isRegularFile(path)) {
            return Optional.empty();
        }
        if (Files.isDirectory(path)) {
            return Optional.of("a folder");
        }
        try {
            int type = ((Integer) Files.getAttribute(path, "unix:mode")) & 0170000;
            return Optional.of(switch (type) {
                case 0010000 -> "a pipe (FIFO)";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "something other than a file";
            });
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException
                | ClassCastException e) {
            return Optional.of("something other than a file (a device or a pipe)");
        }
    }

    /** True for a name a lesson or a course has: it ends in {@code .lesson} or {@code .course}, in any case. */
    static boolean lessonName(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".lesson") || lower.endsWith(".course");
    }

    private static String message(Output output, LessonInputs.Input input) {
        return "refusing to write over " + output.file() + ": it is " + input.what() + ", which this run reads ("
                + output.what() + " would go there); nothing was written; choose another file with -o";
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Every place {@code path} can mean: in its folder with the folder's links followed, whether
     * {@code ..} is taken before links (as Lesson Studio's writers do) or after them (as the
     * system does), and the file a link at the end points to.
     */
    static Set<Path> places(Path path) {
        Set<Path> places = new LinkedHashSet<>();
        Path absolute = path.toAbsolutePath();
        places.add(inRealFolder(absolute.normalize()));
        places.add(inRealFolder(absolute));
        try {
            places.add(path.toRealPath());
        } catch (IOException | SecurityException e) {
            // not there (yet): its folder's place is the one that counts
        }
        return places;
    }

    /** The path with its folder's links followed, as far as the folder exists. */
    private static Path inRealFolder(Path absolute) {
        Path name = absolute.getFileName();
        Path folder = absolute.getParent();
        if (name == null || folder == null) {
            return absolute.normalize();
        }
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = folder;
        while (existing != null && !Files.isDirectory(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute.normalize();
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException | SecurityException e) {
            real = existing;
        }
        while (!missing.isEmpty()) {
            real = real.resolve(missing.pop());
        }
        return real.resolve(name).normalize();
    }
}
