package org.lessonstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The system's reasons for a failed write, as a teacher reads them (issue 11 review, item 12). The
 * reasons are the ones Linux gives (tried by hand on a read-only tmpfs, a folder under
 * {@code chattr +i} and a full tmpfs; see docs/robustness.md); a test cannot make those as a user.
 */
class WriteFailureTest {

    private static Optional<String> plain(IOException e) {
        return WriteFailure.plain(e, Path.of("/ro/x.png"));
    }

    @Test
    void eachKnownReasonIsOnePlainSentenceWithWhatToDo() {
        assertEquals(Optional.of("cannot write /ro/x.png: the disk it is on is read-only; choose a place you can "
                + "write to with -o"), plain(new FileSystemException("/ro/.x.png.part", null, "Read-only file system")));
        assertEquals(Optional.of("cannot write /ro/x.png: the file or its folder is protected against changes "
                + "(immutable or append-only); choose another file with -o, or lift the protection"),
                plain(new FileSystemException("/ro/.x.png.part", null, "Operation not permitted")));
        assertEquals(Optional.of("cannot write /ro/x.png: you have no permission to write there; choose a folder "
                + "you can write to with -o"), plain(new AccessDeniedException("/ro/.x.png.part")));
        assertEquals(Optional.of("cannot write /ro/x.png: the disk is full; free some space (or choose another disk "
                + "with -o) and try again"), plain(new FileSystemException("/ro/x.png", null, "No space left on device")));
        assertEquals(Optional.of("cannot write /ro/x.png: the disk is full; free some space (or choose another disk "
                + "with -o) and try again"), plain(new IOException("write failed: No space left on device")));
        assertEquals(Optional.empty(), plain(new IOException("Invalid data found when processing input")),
                "an unknown failure on a disk with room is not said to be a full disk");
        assertEquals(Optional.of("cannot write /ro/x.png: the disk it is on is read-only; choose a place you can "
                + "write to with -o"), WriteFailure.plain(new java.io.UncheckedIOException(
                new FileSystemException("/ro/a", null, "Read-only file system")), Path.of("/ro/x.png")));
    }
}
