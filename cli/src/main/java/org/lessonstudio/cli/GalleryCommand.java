package org.lessonstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lessonstudio.app.Gallery;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stopped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code lesson gallery FOLDER -o docs/gallery}: a still of every lesson in a folder, and a page
 * that shows them with each lesson's own description and text ({@link Gallery}).
 */
@Command(name = "gallery", description = "Renders a still of every lesson in a folder and a page showing them all.")
final class GalleryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    LessonCommand lesson;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "the folder of .lesson files")
    Path folder;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "docs/gallery",
            description = "the folder for the stills; the page is written beside it as OUT.md (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--size", paramLabel = "WxH", converter = SizeArgument.class, defaultValue = "640x360",
            description = "the stills' size (default: ${DEFAULT-VALUE})")
    RenderSettings.Size size;

    @Override
    public Integer call() throws IOException {
        boolean all;
        try {
            all = Gallery.make(folder, output, size, lesson.env(), new Gallery.Listener() {
                @Override
                public void said(String line) {
                    spec.commandLine().getOut().println(line);
                }

                @Override
                public void problems(String text) {
                    spec.commandLine().getErr().print(text);
                    spec.commandLine().getErr().flush();
                }
            });
        } catch (Stopped stopped) {
            return Printed.stopped(stopped, spec.commandLine().getErr(), lesson.env());
        }
        return all ? ExitCode.OK : ExitCode.LESSON_ERRORS;
    }
}
