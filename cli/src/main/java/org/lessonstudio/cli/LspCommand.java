package org.lessonstudio.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.lessonstudio.lsp.LessonLanguageServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code lesson lsp}: the language server, for editors (docs/editors.md). It speaks the Language
 * Server Protocol over stdin and stdout until the editor says exit; anything else that would be
 * printed goes to stderr, so the protocol's stream stays clean.
 */
@Command(name = "lsp", description = "Starts the language server for editors (the Language Server Protocol over"
        + " stdin and stdout): mistakes as you type, completion, hover, rename, formatting. See docs/editors.md.")
final class LspCommand implements Callable<Integer> {

    @ParentCommand
    LessonCommand lesson;

    @Option(names = "--stdio", description = "talk over stdin and stdout (the only way, and the default; editors"
            + " often ask for it by name)")
    boolean stdio;

    @Override
    public Integer call() {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        return LessonLanguageServer.serve(System.in, protocol, lesson.env());
    }
}
