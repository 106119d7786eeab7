package org.lessonstudio.renderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lessonstudio.dsl.io.PartialFiles;

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
     * user gets (so the finished file is readable like any other), named so that a later run can
     * remove it if this one is killed ({@link PartialFiles}).
     */
    public static Path partialFor(Path target) throws IOException {
        return PartialFiles.create(target);
    }

    /** Moves a complete partial file into place, replacing whatever was there. */
    public static void commit(Path partial, Path target) throws IOException {
        PartialFiles.commit(partial, target);
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
