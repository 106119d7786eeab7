package org.lessonstudio.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.app.course.CourseExport;
import org.lessonstudio.app.farm.InProcessBackend;
import org.lessonstudio.app.farm.RenderBackend;
import org.lessonstudio.app.farm.TaskResult;

/**
 * A farm as {@code lesson farm} makes it — Spark's standalone master and two workers of one core,
 * each its own JVM, on 127.0.0.1 only — renders a three-lesson series while one worker is killed
 * part way: the job finishes on the other, and the package is the one this machine makes. Over a
 * minute, so it runs with {@code -Pfarm} (as .ci/run does), not in a plain {@code mvn verify}.
 */
@Tag("farm")
class SparkStandaloneTest {

    @Test
    @Timeout(600)
    void aFarmThatLosesAWorkerMidJobStillMakesTheSamePackage(@TempDir Path folder) throws Exception {
        Path here = Packages.threeLessons(folder.resolve("here"), false, 20);
        Path farm = Packages.threeLessons(folder.resolve("farm"), false, 20);
        Path a = folder.resolve("here.zip");
        Path b = folder.resolve("farm.zip");
        try (RenderBackend threads = new InProcessBackend(1, Packages.ENV)) {
            CourseExport.run(new CourseExport.Request(here, "html", a, Packages.SMALL, null), Packages.ENV, threads,
                    new RenderBackend.Listener() { });
        }
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        List<Process> started = new ArrayList<>();
        Map<String, String> old = Map.of("spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1",
                "spark.executor.memory", "512m");
        old.forEach(System::setProperty);
        try {
            started.add(start(folder, "master", List.of("master", "--host", "127.0.0.1", "--port", String.valueOf(port),
                    "--webui-port", String.valueOf(freePort()))));
            for (int i = 1; i <= 2; i++) {
                started.add(start(folder, "worker" + i, List.of("worker", master, "--host", "127.0.0.1", "--cores", "1",
                        "--memory", "768m", "--webui-port", String.valueOf(freePort()),
                        "--work-dir", folder.resolve("work" + i).toString())));
            }
            Process doomed = started.get(1);
            Thread killer = new Thread(() -> killWhenRendering(farm, doomed), "kill-a-worker");
            killer.setDaemon(true);
            killer.start();
            List<String> finished = new ArrayList<>();
            CourseExport.Exported exported;
            try (RenderBackend spark = new SparkFarm().connect(master, Packages.ENV)) {
                exported = CourseExport.run(new CourseExport.Request(farm, "html", b, Packages.SMALL, null),
                        Packages.ENV, spark, new RenderBackend.Listener() {
                            @Override
                            public void finished(TaskResult result, int done, int total) {
                                finished.add(result.name());
                            }
                        });
            }
            killer.join(Duration.ofSeconds(5).toMillis());
            assertTrue(!doomed.isAlive(), "a worker was killed while a lesson was being rendered");
            assertEquals(3, exported.rendered());
            assertEquals(3, finished.size(), finished.toString());
        } finally {
            for (Process process : started) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
            old.keySet().forEach(System::clearProperty);
        }
        Map<String, String> inProcess = Packages.contents(a);
        Map<String, String> onFarm = Packages.contents(b);
        assertEquals(inProcess.keySet(), onFarm.keySet());
        for (String name : inProcess.keySet()) {
            assertEquals(inProcess.get(name), onFarm.get(name), name + " is the same (a video: frame for frame)");
        }
    }

    /** Kills the worker (and its executor) as soon as a video is being written in the series' build folder. */
    private static void killWhenRendering(Path series, Process worker) {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < until) {
            try (Stream<Path> files = Files.walk(series)) {
                if (files.anyMatch(p -> p.getFileName().toString().endsWith(".part"))) {
                    worker.descendants().forEach(ProcessHandle::destroyForcibly);
                    worker.destroyForcibly();
                    return;
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // a file went away while listing; look again
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static Process start(Path folder, String name, List<String> arguments) throws IOException {
        ProcessBuilder builder = FarmServer.command(arguments, Packages.ENV);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.redirectErrorStream(true).redirectOutput(folder.resolve(name + ".log").toFile());
        return builder.start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
