package org.lessonstudio.cli;

import org.lessonstudio.app.RenderSettings;
import picocli.CommandLine.Option;

/** How a render gets its footage: {@code --offline}, {@code --footage-budget} and {@code --templates}. */
final class FootageOptions {

    @Option(names = "--offline", description = "use only footage providers that work offline (your clips, "
            + "procedural); says which shots that changed")
    boolean offline;

    @Option(names = "--footage-budget", paramLabel = "SECONDS", defaultValue = "60", converter = BudgetArgument.class,
            description = "the most generated video this render may ask services for, in seconds "
                    + "(default: ${DEFAULT-VALUE}); a clip that would pass it is never requested")
    double budget;

    @Option(names = "--templates", paramLabel = "FOLDER",
            description = "your own prompt templates (a folder with shot.ftl), as for lesson prompts")
    java.nio.file.Path templates;

    RenderSettings.Footage footage() {
        return new RenderSettings.Footage(offline ? RenderSettings.Sources.OFFLINE : RenderSettings.Sources.ANY,
                budget, templates);
    }
}
