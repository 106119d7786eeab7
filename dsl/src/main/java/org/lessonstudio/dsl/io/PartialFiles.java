package org.lessonstudio.dsl.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files every output of Lesson Studio is written to before it is moved into place,
 * named so that a later run can tell that a file is ours and whether the run that made it is still
 * alive: {@code .NAME.lesson-PID-START-RANDOM.part}, where PID and START (seconds since 1970, base
 * 36) are the writing process's and NAME the file it will become.
 *
 * <p>A run killed outright ({@code kill -9}, a power cut) cannot delete its temporary files. The
 * first time a run writes into a folder it sweeps that folder: a file is deleted only if its name
 * has exactly this form, it is a plain file (not a folder, not a link), its process is gone (no
 * process has its PID, or the one that has it started at another time) and it was last changed
 * before this run started. A temporary file of a live run, in this process or another, is never
 * touched. Files named by earlier versions of Lesson Studio (without a PID) are removed once they
 * are a day old.
 *
 * <p>Files are created with the permissions any new file of the user gets (the umask applies), so
 * a finished output is readable like any other file the user makes.
 */
public final class PartialFiles {

    private static final Pattern OURS =
            Pattern.compile("\\.(.*)\\.lesson-([0-9]{1,19})-([0-9a-z]{1,13})-([0-9a-f]{8})\\.part");
    /** How earlier versions named their temporary files (outputs, packages, clip and speech caches). */
    private static final List<Pattern> EARLIER = List.of(
            Pattern.compile("\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.part"),
            Pattern.compile("\\..+\\.[0-9]{1,20}\\.partial"),
            Pattern.compile("\\.partial-[0-9]{1,20}\\.[a-z0-9]{1,5}"),
            Pattern.compile("\\.speech[0-9]{1,20}\\.wav\\.part"));
    private static final Duration EARLIER_AGE = Duration.ofDays(1);
    /** The longest NAME kept in a temporary file's name, in bytes, so the whole name stays well under 255. */
    private static final int NAME_BYTES = 160;

    /** When this run began to use temporary files: files of dead runs changed before then are swept. */
    private static final Instant RUN_STARTED = Instant.now();
    private static final ProcessHandle SELF = ProcessHandle.current();
    /** The process's start as the system reports it to any process (to the second), which tells a reused PID. */
    private static final Instant STARTED = SELF.info().startInstant().orElse(RUN_STARTED);
    private static final String TAG = "lesson-" + SELF.pid() + "-" + Long.toString(STARTED.getEpochSecond(), 36);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    private PartialFiles() {
    }

    /**
     * Creates an empty temporary file beside {@code target} (creating its folder if need be), after
     * sweeping that folder of temporary files left by killed runs.
     */
    public static Path create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        return createIn(absolute.getParent(), absolute.getFileName().toString());
    }

    /** Creates an empty temporary file in {@code folder} for a file to be called {@code name}. */
    public static Path createIn(Path folder, String name) throws IOException {
        Path dir = Files.createDirectories(folder.toAbsolutePath().normalize());
        if (SWEPT.add(dir)) {
            sweep(dir);
        }
        String shown = shorten(name);
        while (true) {
            byte[] random = new byte[4];
            RANDOM.nextBytes(random);
            Path partial = dir.resolve("." + shown + "." + TAG + "-" + HexFormat.of().formatHex(random) + ".part");
            try {
                return Files.createFile(partial);
            } catch (FileAlreadyExistsException taken) {
                // one chance in four billion; try another
            }
        }
    }

    /** The file a temporary file of ours is for ("clip.mp4" for {@code .clip.mp4.lesson-…part}), if it is one. */
    public static Optional<String> targetName(Path partial) {
        Matcher m = OURS.matcher(partial.getFileName().toString());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Moves a complete temporary file onto {@code target} in one step, replacing whatever was there. */
    public static void commit(Path partial, Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes the temporary files killed runs left in {@code folder}; returns how many. */
    public static int sweep(Path folder) {
        return sweep(folder, RUN_STARTED);
    }

    /** As {@link #sweep(Path)}, for a run that started at {@code runStarted}. */
    static int sweep(Path folder, Instant runStarted) {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*")) {
            for (Path file : files) {
                if (stale(file, runStarted)) {
                    try {
                        Files.deleteIfExists(file);
                        removed++;
                    } catch (IOException e) {
                        // not ours to insist on: it stays, and the next run tries again
                    }
                }
            }
        } catch (IOException | SecurityException e) {
            // an unreadable folder: nothing is swept, and writing will say what is wrong
        }
        return removed;
    }

    /** Whether {@code file} is a temporary file of ours that no live run is writing. */
    static boolean stale(Path file, Instant runStarted) {
        String name = file.getFileName().toString();
        Matcher m = OURS.matcher(name);
        boolean earlier = !m.matches() && EARLIER.stream().anyMatch(p -> p.matcher(name).matches());
        if (!m.matches() && !earlier) {
            return false;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
        if (!attributes.isRegularFile()) {
            return false;
        }
        Instant changed = attributes.lastModifiedTime().toInstant();
        if (earlier) {
            return changed.isBefore(runStarted.minus(EARLIER_AGE));
        }
        return changed.isBefore(runStarted) && !alive(m.group(2), m.group(3));
    }

    /** Whether the process that named a file is still running: its PID is taken by a process started then. */
    private static boolean alive(String pidText, String startText) {
        long pid;
        long start;
        try {
            pid = Long.parseLong(pidText);
            start = Long.parseLong(startText, 36);
        } catch (NumberFormatException e) {
            return true;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Instant> began = process.get().info().startInstant();
        // the start time is read from the system, to the second; allow for it being rounded either way
        return began.isEmpty() || Math.abs(began.get().getEpochSecond() - start) <= 1;
    }

    /** NAME cut to a length that keeps the whole file name within every file system's limit. */
    private static String shorten(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= NAME_BYTES) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > NAME_BYTES) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
