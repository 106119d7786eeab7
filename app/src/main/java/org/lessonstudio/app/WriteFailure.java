package org.lessonstudio.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a file could not be written, in one plain line a teacher can act on: a read-only disk, a
 * protected (immutable) file or folder, no permission, a full disk. The system's own words
 * ("FileSystemException", "Invalid data found when processing input" from a video cut short) say
 * nothing to a teacher.
 */
public final class WriteFailure {

    /** Less free space than this where the output goes: the disk is taken to be full. */
    private static final long NEARLY_FULL = 16L * 1024 * 1024;

    private WriteFailure() {
    }

    /**
     * The plain reason writing {@code target} failed with {@code e}, if it is one of the known
     * ones; {@code target} may be null (then the file the failure names is used).
     */
    public static Optional<String> plain(Throwable e, Path target) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fs) {
                Optional<String> known = known(fs, target);
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        if (e instanceof IOException || e instanceof java.io.UncheckedIOException) {
            Path where = target != null ? target : null;
            if (where != null && full(where)) {
                return Optional.of(fullDisk(where));
            }
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("quota exceeded")) {
                return Optional.of(fullDisk(where));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> known(FileSystemException fs, Path target) {
        String file = fs.getFile() != null ? fs.getFile() : target != null ? target.toString() : "the file";
        Path shown = target != null ? target : Path.of(file);
        String reason = String.valueOf(fs.getReason()).toLowerCase(Locale.ROOT);
        if (reason.contains("read-only file system")) {
            return Optional.of("cannot write " + shown + ": the disk it is on is read-only; choose a place you can "
                    + "write to with -o");
        }
        if (reason.contains("no space left") || reason.contains("quota exceeded")) {
            return Optional.of(fullDisk(shown));
        }
        if (reason.contains("operation not permitted")) {
            return Optional.of("cannot write " + shown + ": the file or its folder is protected against changes "
                    + "(immutable or append-only); choose another file with -o, or lift the protection");
        }
        if (fs instanceof AccessDeniedException || reason.contains("permission denied")) {
            return Optional.of("cannot write " + shown + ": you have no permission to write there; choose a "
                    + "folder you can write to with -o");
        }
        if (fs instanceof java.nio.file.FileAlreadyExistsException && fs.getFile() != null
                && !Path.of(fs.getFile()).equals(shown) && Files.exists(Path.of(fs.getFile()))
                && !Files.isDirectory(Path.of(fs.getFile()))) {
            return Optional.of("cannot write " + shown + ": " + fs.getFile() + " is a file, not a folder; choose "
                    + "another place with -o");
        }
        if (reason.contains("not a directory")) {
            return Optional.of("cannot write " + shown + ": a part of its folder's path is a file, not a folder; "
                    + "choose another place with -o");
        }
        if (reason.contains("is a directory")) {
            return Optional.of("cannot write " + shown + ": " + file + " is a folder; give a file name with -o");
        }
        return Optional.empty();
    }

    private static String fullDisk(Path where) {
        return "cannot write " + (where == null ? "the file" : where.toString())
                + ": the disk is full; free some space (or choose another disk with -o) and try again";
    }

    /** Whether the disk that would hold {@code target} has (almost) no space left. */
    static boolean full(Path target) {
        try {
            Path folder = target.toAbsolutePath().getParent();
            while (folder != null && !Files.isDirectory(folder)) {
                folder = folder.getParent();
            }
            return folder != null && Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
