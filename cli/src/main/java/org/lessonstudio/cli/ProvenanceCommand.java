package org.lessonstudio.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lessonstudio.app.ProvenanceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lesson provenance VIDEO}: for a teacher, what in a video is generated and where, read from
 * the record beside it (checked against the video's own hash), or else from the summary inside it.
 */
@Command(name = "provenance", description = "Says what in a rendered video is generated, and where.")
final class ProvenanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VIDEO", description = "a video made by lesson render")
    Path video;

    @Override
    public Integer call() throws IOException {
        ProvenanceReport.Told told = ProvenanceReport.of(video);
        spec.commandLine().getOut().print(told.out());
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().print(told.err());
        spec.commandLine().getErr().flush();
        return told.matches() ? ExitCode.OK : ExitCode.FAILURE;
    }
}
