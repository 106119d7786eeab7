package org.lessonstudio.app.farm;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.lessonstudio.app.Env;

/**
 * Where a series' render tasks run: in this process ({@link InProcessBackend}, the default, as many
 * at a time as the machine has cores) or on a farm, such as Spark's, found at run time by the
 * {@code --on} address it answers to ({@link Provider}, through {@link ServiceLoader}), so the
 * teacher's build never needs one. Every backend runs the same {@link TaskRunner}.
 */
public interface RenderBackend extends AutoCloseable {

    /** What a backend tells as tasks finish; called from any thread, one call at a time. */
    interface Listener {

        /** Before any task starts, when there is something to render: how many tasks. */
        default void starting(int tasks) {
        }

        /** Frames encoded across the farm, when the backend can tell (a farm may tell only at the end). */
        default void frames(long done) {
        }

        /** A task finished: {@code done} of {@code total}. */
        default void finished(TaskResult result, int done, int total) {
        }
    }

    /** A farm that answers to some {@code --on} addresses, such as {@code spark://HOST:7077} or {@code local[2]}. */
    interface Provider {

        /** True when this farm answers to {@code address}. */
        boolean accepts(String address);

        /** Connects to the farm; {@code env} is the driver's. */
        RenderBackend connect(String address, Env env) throws TaskFailed;

        /** Starts a farm's own server, for {@code lesson farm}; returns its exit code when it stops. */
        int serve(List<String> arguments, Env env) throws TaskFailed;
    }

    /**
     * Runs every task and returns their results in the tasks' order. A task that fails for a reason
     * that is not the lesson's is retried as the backend does; when it cannot be done, the whole run
     * stops with {@link TaskFailed}. A task that finds a lesson mistake returns it, at once.
     */
    List<TaskResult> run(List<RenderTask> tasks, Listener listener) throws TaskFailed, InterruptedException;

    /** How this backend is described to the teacher: "this machine, 2 at a time", "Spark at spark://…". */
    String describe();

    @Override
    void close();

    /** The farms this installation has (none in the teacher's build). */
    static List<Provider> providers() {
        return ServiceLoader.load(Provider.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** The farm that answers to {@code address}, if this installation has it. */
    static Optional<Provider> provider(String address) {
        return providers().stream().filter(p -> p.accepts(address)).findFirst();
    }

    /** What to say when no farm of this installation answers to {@code address}. */
    static String missing(String address) {
        return "this Lesson Studio cannot render on " + address + ": the Spark backend is an optional module;"
                + " build it once with `mvn -B -q -pl cluster-spark -am package -DskipTests` (it downloads about"
                + " 220 MB of Spark's libraries) and run ./lesson again (docs/cluster.md)";
    }
}
