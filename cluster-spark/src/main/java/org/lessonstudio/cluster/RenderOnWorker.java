package org.lessonstudio.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.Function;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.farm.RenderTask;
import org.lessonstudio.app.farm.TaskResult;
import org.lessonstudio.app.farm.TaskRunner;

/**
 * What a Spark executor does with a task: the same {@link TaskRunner} as on the teacher's machine,
 * in the executor's own environment with the driver's cache settings over it (the caches, on
 * shared storage, are where speech and clips are found by content). Only this small class travels; the task is a description.
 */
final class RenderOnWorker implements Function<RenderTask, TaskResult> {

    private static final long serialVersionUID = 1L;

    /** Variables that point the caches at shared storage: the driver's, over each executor's own. */
    static final List<String> SHARED = List.of("XDG_CACHE_HOME", "LESSON_FOOTAGE_CACHE");

    private final HashMap<String, String> shared = new HashMap<>();

    /** With the driver's cache settings, so every executor looks speech and clips up where it does. */
    RenderOnWorker(Env driver) {
        for (String name : SHARED) {
            driver.variable(name).ifPresent(value -> shared.put(name, value));
        }
    }

    @Override
    public TaskResult call(RenderTask task) {
        Env env = Env.fromProcess();
        for (Map.Entry<String, String> variable : shared.entrySet()) {
            env = env.with(variable.getKey(), variable.getValue());
        }
        return TaskRunner.run(task, env, frames -> { });
    }
}
