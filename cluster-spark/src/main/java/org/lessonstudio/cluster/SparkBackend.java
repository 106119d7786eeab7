package org.lessonstudio.cluster;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.farm.RenderBackend;
import org.lessonstudio.app.farm.RenderTask;
import org.lessonstudio.app.farm.TaskFailed;
import org.lessonstudio.app.farm.TaskResult;

/**
 * Render tasks as Spark jobs, one a lesson, all submitted at once so the farm's cores fill up and
 * each lesson is named as it finishes. A task that fails (a lost worker, a missing file) is retried
 * by Spark ({@code spark.task.maxFailures}, 4 unless set); a lesson mistake comes back as a result and
 * is never retried. Videos go to the shared folder, never back through Spark: only the small
 * results do.
 */
final class SparkBackend implements RenderBackend {

    private final String address;
    private final JavaSparkContext spark;
    private final RenderOnWorker work;
    private volatile boolean stopping;

    SparkBackend(String address, Env env) {
        this.address = address;
        this.work = new RenderOnWorker(env);
        SparkConf conf = new SparkConf().setMaster(address).setAppName("lesson export")
                .setIfMissing("spark.task.maxFailures", "4")
                .setIfMissing("spark.ui.showConsoleProgress", "false")
                // one lesson a core: a task uses one slot however many threads its encoder takes
                .setIfMissing("spark.task.cpus", "1")
                // the executors find Lesson Studio where it is on this machine (installed at the same path
                // on every machine of the farm, or on shared storage)
                .setIfMissing("spark.executor.extraClassPath", System.getProperty("java.class.path"));
        try {
            this.spark = new JavaSparkContext(conf);
        } catch (RuntimeException e) {
            throw new TaskFailed("cannot reach the Spark farm at " + address + ": " + SparkFailures.reason(e), e);
        }
        spark.setLogLevel("ERROR");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping = true, "lesson-farm-stopping"));
    }

    @Override
    public List<TaskResult> run(List<RenderTask> tasks, Listener listener) throws InterruptedException {
        if (tasks.isEmpty()) {
            return List.of();
        }
        ExecutorService submitters = Executors.newFixedThreadPool(Math.min(tasks.size(), 64), r -> {
            Thread t = new Thread(r, "lesson-spark-job");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<TaskResult>> jobs = new ArrayList<>();
            for (RenderTask task : tasks) {
                jobs.add(submitters.submit(() -> {
                    spark.setJobDescription(task.name());
                    TaskResult result = spark.parallelize(List.of(task), 1).map(work).collect().get(0);
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
                    if (spark.sc().isStopped()) {
                        if (stopping) {
                            // Ctrl-C: Spark's own shutdown hook stopped it under the running jobs
                            throw new InterruptedException("the export was stopped");
                        }
                        throw new TaskFailed("the Spark farm at " + address + " ended the export (is its master"
                                + " running, and does it have a worker with a core free?)");
                    }
                    spark.cancelAllJobs();
                    throw new TaskFailed(SparkFailures.reason(e.getCause()), e.getCause());
                }
            }
            return results;
        } catch (InterruptedException e) {
            if (!spark.sc().isStopped()) {
                spark.cancelAllJobs();
            }
            throw e;
        } finally {
            submitters.shutdownNow();
        }
    }

    @Override
    public String describe() {
        return "Spark at " + address + (address.startsWith("local")
                ? ", " + spark.defaultParallelism() + " lessons at a time" : "");
    }

    @Override
    public void close() {
        spark.close();
    }

    /** The jars and folders this process runs from, for a farm started from them. */
    static List<String> classPath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }
}
