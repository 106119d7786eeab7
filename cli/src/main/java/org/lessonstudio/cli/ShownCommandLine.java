package org.lessonstudio.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * The command line whose output and error writers, whoever sets them (the launcher, a test), show
 * control characters instead of passing them to the terminal ({@link VisibleWriter}); picocli hands
 * the same writers to every subcommand. Help is printed without colours, so no escape sequence of
 * Lesson Studio's own needs to pass either.
 */
final class ShownCommandLine extends CommandLine {

    ShownCommandLine(Object command) {
        super(command);
        setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        setOut(new PrintWriter(System.out, true));
        setErr(new PrintWriter(System.err, true));
    }

    @Override
    public CommandLine setOut(PrintWriter out) {
        return super.setOut(VisibleWriter.over(out));
    }

    @Override
    public CommandLine setErr(PrintWriter err) {
        return super.setErr(VisibleWriter.over(err));
    }
}
