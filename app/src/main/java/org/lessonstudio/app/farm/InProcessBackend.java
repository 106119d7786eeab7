package org.lessonstudio.app.farm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.lessonstudio.app.Env;

/**
 * Render tasks on this machine's threads, as many at a time as asked (by default its cores): what
 * {@code lesson export} does unless told {@code --on} a farm. The first failure stops the rest.
 */
public final class InProcessBackend implements RenderBackend {

    private final int threads;
    private final Env env;

    /** A pool of {@code threads}; 0 or less means one per core. */
    public InProcessBackend(int threads, Env env) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.env = env;
    }

    @Override
    public List<TaskResult> run(List<RenderTask> tasks, Listener listener) throws InterruptedException {
        if (tasks.isEmpty()) {
            return List.of();
        }
        int workers = Math.max(1, Math.min(threads, tasks.size()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "lesson-export");
            t.setDaemon(true);
            return t;
        });
        AtomicLong frames = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<TaskResult>> jobs = new ArrayList<>();
            for (RenderTask task : tasks) {
                jobs.add(pool.submit(() -> {
                    int[] last = {0};
                    TaskResult result = TaskRunner.run(task, env, n -> {
                        long all = frames.addAndGet(n - last[0]);
                        last[0] = n;
                        synchronized (listener) {
                            listener.frames(all);
                        }
                    });
                    synchronized (listener) {
                        listener.finished(result, done.incrementAndGet(), tasks.size());
                    }
                    return result;
                }));
            }
            List<TaskResult> results = new ArrayList<>();
            for (Future<TaskResult> job : jobs) {
                try {
                    results.add(job.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof TaskFailed failed) {
                        throw failed;
                    }
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public String describe() {
        return "this machine, " + threads + " at a time";
    }

    @Override
    public void close() {
        // nothing is kept between runs
    }
}
