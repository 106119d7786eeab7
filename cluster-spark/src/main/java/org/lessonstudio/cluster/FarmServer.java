package org.lessonstudio.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.farm.TaskFailed;

/**
 * {@code lesson farm master} and {@code lesson farm worker spark://HOST:7077}: Spark's own standalone
 * {@code Master} and {@code Worker}, each in a JVM of its own started from the jars Lesson Studio
 * runs from, so a lab of PCs becomes a farm with no Spark download. A worker's executors need a
 * Spark home with a {@code jars} folder; one is made in the cache folder, its jars linked to ours.
 */
public final class FarmServer {

    /** What Spark needs opened in the JDK on Java 17, for every JVM of the farm. */
    public static final List<String> JAVA_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions",
            "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
            "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false",
            "-Dio.netty.tryReflectionSetAccessible=true");

    private FarmServer() {
    }

    /** Runs the master or a worker until it stops (Ctrl-C stops it too); its exit code. */
    static int serve(List<String> arguments, Env env) {
        ProcessBuilder builder = command(arguments, env);
        System.err.println(greeting(arguments));
        builder.inheritIO();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new TaskFailed("cannot start the farm's " + arguments.get(0) + ": " + e.getMessage(), e);
        }
        Thread stop = new Thread(process::destroy, "lesson-farm-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            return 1;
        }
    }

    /** What the farm's master or worker says as it starts: where it is, and how to join it. */
    static String greeting(List<String> arguments) {
        String host = option(arguments, "--host");
        if (host == null) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                host = "this machine";
            }
        }
        if (arguments.get(0).equals("master")) {
            String port = option(arguments, "--port");
            String address = "spark://" + host + ":" + (port == null ? "7077" : port);
            return "The farm's master is starting at " + address + " (Ctrl-C stops it). On each machine of the farm:\n"
                    + "  lesson farm worker " + address + "\nthen export with: lesson export SERIES --to FORMAT --on "
                    + address;
        }
        return "This worker is joining the farm at " + arguments.get(1) + " as " + host + " (Ctrl-C stops it).";
    }

    private static String option(List<String> arguments, String name) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : null;
    }

    /**
     * The command that starts {@code master} or {@code worker MASTER} with {@code --host}, {@code --port},
     * {@code --cores}, {@code --memory} as given; the same class path as this process.
     */
    public static ProcessBuilder command(List<String> arguments, Env env) {
        String role = arguments.get(0);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JAVA_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(role.equals("master") ? "org.apache.spark.deploy.master.Master"
                : "org.apache.spark.deploy.worker.Worker");
        command.addAll(arguments.subList(1, arguments.size()));
        ProcessBuilder builder = new ProcessBuilder(command);
        Path home = sparkHome(env);
        Map<String, String> variables = builder.environment();
        variables.put("SPARK_HOME", home.toString());
        variables.put("SPARK_SCALA_VERSION", "2.13");
        return builder;
    }

    /** A Spark home for this installation: {@code jars} holds links to every jar on our class path. */
    static Path sparkHome(Env env) {
        List<String> path = SparkBackend.classPath();
        Path home = env.cache().resolve("farm").resolve("spark-home-" + Integer.toHexString(path.hashCode()));
        Path jars = home.resolve("jars");
        try {
            Files.createDirectories(jars);
            for (String entry : path) {
                Path jar = Path.of(entry).toAbsolutePath();
                if (entry.endsWith(".jar") && Files.isRegularFile(jar)) {
                    Path link = jars.resolve(jar.getFileName());
                    if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        Files.createSymbolicLink(link, jar);
                    }
                }
            }
        } catch (IOException e) {
            throw new TaskFailed("cannot make the farm's Spark home in " + home + ": " + e.getMessage(), e);
        }
        return home;
    }
}
