package org.lessonstudio.app.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lesson's file is read from the lesson's folder down without following links (issue 11
 * review, item 2): the checker found its real path, so a link met on the way is something swapped
 * in since, and is refused, never followed; a pipe is refused without waiting on it.
 */
class InsideReadTest {

    @Test
    void aFileInsideIsReadAsItIs(@TempDir Path root) throws Exception {
        Path folder = root.toRealPath();
        Path file = Files.writeString(Files.createDirectories(folder.resolve("a/b")).resolve("pic.png"), "inside");
        assertArrayEquals("inside".getBytes(StandardCharsets.UTF_8), InsideRead.bytes(folder, file));
    }

    @Test
    void aFolderOnTheWaySwappedForALinkIsRefusedNotFollowed(@TempDir Path root) throws Exception {
        Path folder = Files.createDirectories(root.toRealPath().resolve("lesson"));
        Path sub = Files.createDirectories(folder.resolve("sub"));
        Path file = Files.writeString(sub.resolve("pic.png"), "inside");
        Path outside = Files.createDirectories(root.toRealPath().resolve("outdir"));
        Files.writeString(outside.resolve("pic.png"), "OUTSIDE");

        Files.move(sub, folder.resolve("sub-before"));
        Files.createSymbolicLink(sub, Path.of("../outdir"));
        InsideRead.Refused refused = assertThrows(InsideRead.Refused.class, () -> InsideRead.bytes(folder, file));
        assertTrue(refused.getMessage().contains("was replaced"), refused.getMessage());

        Files.delete(sub);
        Files.move(folder.resolve("sub-before"), sub);
        Files.delete(file);
        Files.createSymbolicLink(file, outside.resolve("pic.png"));
        assertThrows(InsideRead.Refused.class, () -> InsideRead.bytes(folder, file), "the file itself a link");
    }

    @Test
    void aPipeIsRefusedWithoutWaitingOnIt(@TempDir Path root) throws Exception {
        Path folder = root.toRealPath();
        Path pipe = folder.resolve("music.mp3");
        assertTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            InsideRead.Refused refused = assertThrows(InsideRead.Refused.class, () -> InsideRead.bytes(folder, pipe));
            assertTrue(refused.getMessage().contains("not a file"), refused.getMessage());
        });
    }
}
