package org.lessonstudio.cli;

import org.lessonstudio.app.Env;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code lesson} command. Each subcommand is a {@code Callable<Integer>} that reads its
 * arguments, asks the application layer ({@code org.lessonstudio.app}) to do the work, and prints
 * only through picocli's writers, so tests run it through {@link CommandLine#execute} and read
 * exactly what a teacher would see. The environment is read once, here in {@link #main}, and
 * handed down ({@link Env}).
 */
@Command(name = "lesson", mixinStandardHelpOptions = true, versionProvider = LessonCommand.Version.class,
        description = "Turns a .lesson file into a classroom-ready explainer video.",
        subcommands = {CheckCommand.class, RenderCommand.class, StillCommand.class, PreviewCommand.class,
                PresentCommand.class, LspCommand.class, GalleryCommand.class, PromptsCommand.class,
                ProvenanceCommand.class, ExportCommand.class, RenderSegmentCommand.class, AssembleCommand.class,
                FarmCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 2 the lesson has mistakes (they are listed), 1 anything else."})
public final class LessonCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final Env env;

    private LessonCommand(Env env) {
        this.env = env;
    }

    /** The machine's environment and folders, as given to this command line. */
    Env env() {
        return env;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // Batik's one direct print to the terminal (a filter drawn where it cannot see the image): never wanted
        System.setProperty("org.apache.batik.warn_destination", "false");
        // POI (the PowerPoint export) logs through the Log4j API, which says on the terminal that it
        // has nowhere to log; a farm's Spark brings its own Log4j, so no binding is added for POI
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
        System.exit(commandLine(Env.fromProcess()).execute(args));
    }

    /** The command line with Lesson Studio's error handling and exit codes, in the given environment. */
    public static CommandLine commandLine(Env env) {
        CommandLine cl = new ShownCommandLine(new LessonCommand(env));
        cl.setExecutionExceptionHandler(new InternalFailure(env));
        cl.setParameterExceptionHandler(LessonCommand::wrongArguments);
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCode.FAILURE);
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(ExitCode.FAILURE);
        }
        return cl;
    }

    /**
     * A command line that cannot be read ({@code --at 1:99}, an unknown option): what is wrong in one
     * line, and where the options are listed, instead of the whole usage text after it.
     */
    private static int wrongArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            cl.usage(cl.getOut()); // `lesson render --help`: what it takes, as asked
            return ExitCode.OK;
        }
        String help = cl.getParent() == null ? "lesson --help" : "lesson help " + cl.getCommandName();
        cl.getErr().println("lesson: " + e.getMessage() + " (`" + help + "` lists what it takes)");
        cl.getErr().flush();
        return ExitCode.FAILURE;
    }

    /** The version recorded in the jar's manifest when built. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = LessonCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Lesson Studio " + (v == null ? "(development build)" : v),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
