package org.lessonstudio.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lessonstudio.app.farm.RenderBackend;
import org.lessonstudio.app.farm.TaskFailed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lesson farm master} / {@code lesson farm worker spark://HOST:7077}: Spark's own standalone
 * master and worker, started from Lesson Studio's jars, so a school's lab makes a render farm with
 * no Spark download (docs/cluster.md). Needs the optional cluster-spark module.
 */
@Command(name = "farm", description = "Starts a render farm's master, or a worker that joins one (Spark standalone; "
        + "needs the cluster-spark module, see docs/cluster.md).")
final class FarmCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonCommand lesson;

    @Parameters(index = "0", paramLabel = "ROLE", description = "master, or worker")
    String role;

    @Parameters(index = "1", arity = "0..1", paramLabel = "MASTER",
            description = "for a worker: the master's address, spark://HOST:7077")
    String master;

    @Option(names = "--host", paramLabel = "HOST", description = "the address to listen on (default: this machine's)")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "the master's port (default: 7077)")
    Integer port;

    @Option(names = "--cores", paramLabel = "N", description = "a worker's cores for lessons (default: all)")
    Integer cores;

    @Option(names = "--memory", paramLabel = "M", description = "a worker's memory for lessons, such as 4g")
    String memory;

    @Option(names = "--webui-port", paramLabel = "PORT", description = "the status page's port (0: any free one)")
    Integer webuiPort;

    @Option(names = "--work-dir", paramLabel = "FOLDER", description = "a worker's scratch folder")
    Path workDir;

    @Override
    public Integer call() {
        List<String> arguments = new ArrayList<>();
        arguments.add(role);
        if (role.equals("worker")) {
            if (master == null) {
                spec.commandLine().getErr().println("lesson: a worker needs its master's address: "
                        + "lesson farm worker spark://HOST:7077");
                return ExitCode.FAILURE;
            }
            arguments.add(master);
        } else if (!role.equals("master")) {
            spec.commandLine().getErr().println("lesson: `" + role + "` is not a farm role; use master or worker");
            return ExitCode.FAILURE;
        }
        add(arguments, "--host", host);
        add(arguments, "--port", port);
        add(arguments, "--cores", cores);
        add(arguments, "--memory", memory);
        add(arguments, "--webui-port", webuiPort);
        add(arguments, "--work-dir", workDir);
        var farm = master != null ? RenderBackend.provider(master) : RenderBackend.providers().stream().findFirst();
        if (farm.isEmpty()) {
            spec.commandLine().getErr().println("lesson: " + RenderBackend.missing("a farm"));
            return ExitCode.FAILURE;
        }
        try {
            return farm.get().serve(arguments, lesson.env());
        } catch (TaskFailed e) {
            spec.commandLine().getErr().println("lesson: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    private static void add(List<String> arguments, String name, Object value) {
        if (value != null) {
            arguments.add(name);
            arguments.add(value.toString());
        }
    }
}
