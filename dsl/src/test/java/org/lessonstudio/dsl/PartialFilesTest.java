package org.lessonstudio.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.io.PartialFiles;

/**
 * Temporary files: made like any file of the user's, recognisable as ours, and swept only when the
 * run that made them is gone: never another's file, never a live run's.
 */
class PartialFilesTest {

    private static final Instant NOW = Instant.now();

    private static Path file(Path folder, String name, Instant changed) throws Exception {
        Path file = Files.writeString(folder.resolve(name), "half a video");
        Files.setLastModifiedTime(file, FileTime.from(changed));
        return file;
    }

    private static String tag(long pid, Instant started) {
        return "lesson-" + pid + "-" + Long.toString(started.getEpochSecond(), 36);
    }

    @Test
    void aTemporaryFileHasTheUsualPermissionsAndSaysWhatItWillBecome(@TempDir Path folder) throws Exception {
        Path partial = PartialFiles.create(folder.resolve("sine.mp4"));
        String usual = PosixFilePermissions.toString(Files.getPosixFilePermissions(
                Files.createFile(folder.resolve("by-hand"))));
        assertEquals(usual, PosixFilePermissions.toString(Files.getPosixFilePermissions(partial)));
        assertEquals(Optional.of("sine.mp4"), PartialFiles.targetName(partial));
        assertTrue(partial.getFileName().toString().startsWith(".sine.mp4.lesson-" + ProcessHandle.current().pid()
                + "-"), partial.toString());
        Path long_ = PartialFiles.create(folder.resolve("数".repeat(80) + ".mp4"));
        assertTrue(long_.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 255);
    }

    @Test
    void onlyOurFilesOfRunsThatAreGoneAreSwept(@TempDir Path folder) throws Exception {
        Instant hourAgo = NOW.minus(Duration.ofHours(1));
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Process sleeping = new ProcessBuilder("sleep", "600").start();
        try {
            Instant sleepingSince = sleeping.info().startInstant().orElseThrow();
            // made first: the first temporary file in a folder sweeps it, and this test sweeps by hand below
            Path mine = PartialFiles.create(folder.resolve("b.mp4"));
            Files.setLastModifiedTime(mine, FileTime.from(hourAgo));
            Path dead = file(folder, ".a.mp4." + tag(finished.pid(), hourAgo) + "-00000001.part", hourAgo);
            Path reused = file(folder, ".a.vtt." + tag(sleeping.pid(), sleepingSince.minus(Duration.ofDays(3)))
                    + "-00000002.part", hourAgo);
            Path live = file(folder, ".a.srt." + tag(sleeping.pid(), sleepingSince) + "-00000003.part", hourAgo);
            Path newer = file(folder, ".a.md." + tag(finished.pid(), hourAgo) + "-00000004.part", NOW.plusSeconds(5));
            Path lookalike = file(folder, ".a.mp4.lesson-12-zz-0000000g.part", hourAgo);
            Path someoneElses = file(folder, ".draft.part", NOW.minus(Duration.ofDays(30)));
            Path visible = file(folder, "a.mp4." + tag(finished.pid(), hourAgo) + "-00000005.part", hourAgo);
            Path folderNamedLikeOurs = Files.createDirectory(folder.resolve(".c.mp4." + tag(finished.pid(), hourAgo)
                    + "-00000006.part"));
            Path target = file(folder, "target.txt", hourAgo);
            Path link = Files.createSymbolicLink(folder.resolve(".d.mp4." + tag(finished.pid(), hourAgo)
                    + "-00000007.part"), target);
            Path earlier = file(folder, ".a.mp4.0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0.part", NOW.minus(Duration.ofDays(2)));
            Path earlierToday = file(folder, ".a.mp4.0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f1.part", hourAgo);

            int swept = PartialFiles.sweep(folder);

            for (Path gone : List.of(dead, reused, earlier)) {
                assertTrue(Files.notExists(gone, java.nio.file.LinkOption.NOFOLLOW_LINKS),
                        gone.getFileName() + ": its run is gone");
            }
            for (Path kept : List.of(live, mine, newer, lookalike, someoneElses, visible, folderNamedLikeOurs, link,
                    target, earlierToday)) {
                assertTrue(Files.exists(kept, java.nio.file.LinkOption.NOFOLLOW_LINKS), kept.getFileName()
                        + " is not a file of a run that is gone, so it stays");
            }
            assertEquals(3, swept);
            try (Stream<Path> left = Files.list(folder)) {
                assertEquals(10, left.count());
            }
        } finally {
            sleeping.destroy();
        }
    }
}
