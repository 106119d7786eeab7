package org.lessonstudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.app.Storyboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code lesson prompts FILE}: every footage statement's prompt, as a storyboard; generates nothing. */
@Command(name = "prompts", description = "Shows the prompt each footage statement gives a video generator, "
        + "scene by scene, without generating anything.")
final class PromptsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonCommand lesson;

    @Parameters(index = "0", paramLabel = "FILE", description = "the .lesson file")
    Path file;

    @Option(names = "--json", description = "print JSON, for other tools, instead of a Markdown storyboard")
    boolean json;

    @Option(names = "--templates", paramLabel = "FOLDER",
            description = "your own prompt templates (a folder with shot.ftl; start from templates/prompts)")
    Path templates;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        LessonSession.Opened opened = LessonSession.open(file, new RenderSettings.Speech(null, false), lesson.env());
        Optional<LessonSession> session = Printed.opened(opened, err);
        if (session.isEmpty()) {
            return Printed.exitCode(opened);
        }
        String storyboard;
        try {
            storyboard = Storyboard.of(session.get(), templates, json);
        } catch (Stopped stopped) {
            return Printed.stopped(stopped, err, lesson.env());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(storyboard);
        out.flush();
        return ExitCode.OK;
    }
}
