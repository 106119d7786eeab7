package org.lessonstudio.renderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Files that belong together (a video and the files beside it) written as one set: each is
 * written whole to a temporary file first, and only when every one is written are they moved into
 * place, one by one, in the order they were added. Whoever reads the set can tell a finished set
 * from one whose moving was cut short, if the last file added names the others' hashes (as a
 * render's provenance record does): until it is moved, the record beside the files is the earlier
 * one, and the files moved before it do not match it.
 *
 * <p>Files of an earlier set that this one does not have are deleted before anything is moved, so
 * none of them can pass for part of the new set. {@link #close()} deletes every temporary file not
 * moved, so a failed or stopped run leaves the earlier set as it was.
 */
public final class OutputSet implements AutoCloseable {

    /** One step of moving the set into place. */
    public sealed interface Step {
        /** The file in place that this step changes. */
        Path target();

        /** Takes the step. */
        void take() throws IOException;
    }

    /** Delete a file of an earlier set that this set does not have. */
    public record Remove(Path target) implements Step {
        @Override
        public void take() throws IOException {
            Files.deleteIfExists(target);
        }
    }

    /** Move a complete temporary file onto its target. */
    public record Move(Path partial, Path target) implements Step {
        @Override
        public void take() throws IOException {
            AtomicOutput.commit(partial, target);
        }
    }

    private final List<Supplier<Path>> pending = new ArrayList<>();
    private final List<Path> removals = new ArrayList<>();
    private final List<Move> moves = new ArrayList<>();
    private boolean committed;

    /** Writes one file of the set to a temporary file beside {@code target}; returns that file. */
    public synchronized Path write(Path target, AtomicOutput.Writer writer) throws IOException {
        Path partial = AtomicOutput.partialFor(target);
        moves.add(new Move(partial, normal(target)));
        writer.writeTo(partial);
        return partial;
    }

    /** Adds a file someone else wrote, complete, at {@code partial}, to be moved onto {@code target}. */
    public synchronized void add(Path partial, Path target) {
        moves.add(new Move(partial, normal(target)));
    }

    /**
     * A file of the set still being written elsewhere (a video being encoded): whatever temporary
     * file {@code file} names when the set is closed is deleted unless the set was put in place.
     */
    public synchronized void pending(Supplier<Path> file) {
        pending.add(file);
    }

    /** Deletes {@code target}, if it is there, before anything of the set is moved. */
    public synchronized void remove(Path target) {
        removals.add(normal(target));
    }

    /** The steps {@link #commit()} takes, in order. */
    public synchronized List<Step> plan() {
        List<Step> steps = new ArrayList<>();
        removals.stream().map(Remove::new).forEach(steps::add);
        steps.addAll(moves);
        return steps;
    }

    /** Puts the whole set in place, in the order of {@link #plan()}. */
    public synchronized void commit() throws IOException {
        for (Step step : plan()) {
            step.take();
        }
        committed = true;
    }

    /** Deletes every temporary file of the set not moved into place yet; safe to call any time, more than once. */
    @Override
    public synchronized void close() {
        if (committed) {
            return;
        }
        List<Path> partials = new ArrayList<>();
        moves.forEach(move -> partials.add(move.partial()));
        pending.stream().map(Supplier::get).filter(Objects::nonNull).forEach(partials::add);
        for (Path partial : partials) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // a hidden temporary file is the most that can be left; the next run in the folder removes it
            }
        }
    }

    private static Path normal(Path target) {
        return target.toAbsolutePath().normalize();
    }
}
