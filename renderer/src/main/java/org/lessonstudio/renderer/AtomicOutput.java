package org.lessonstudio.renderer;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writing an output so that nothing is ever half-written: the content goes to a hidden partial
 * file beside the target, which is moved into place in one step only when it is complete. A
 * failure leaves the target as it was (an earlier good file stays).
 */
public final class AtomicOutput {

    /** Writes the content of one file to the path it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path path) throws IOException;
    }

    private AtomicOutput() {
    }

    /**
     * Creates an empty partial file in the target's folder, with the permissions any new file of the
     * user gets (so the finished file is readable like any other).
     */
    public static Path partialFor(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = Files.createDirectories(absolute.getParent());
        while (true) {
            Path partial = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
            try {
                return Files.createFile(partial);
            } catch (FileAlreadyExistsException taken) {
                // astronomically unlikely; try another name
            }
        }
    }

    /** Moves a complete partial file into place, replacing whatever was there. */
    public static void commit(Path partial, Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes a whole file atomically; on failure the partial file is deleted and the target untouched. */
    public static void write(Path target, Writer writer) throws IOException {
        Path partial = partialFor(target);
        try {
            writer.writeTo(partial);
            commit(partial, target);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
