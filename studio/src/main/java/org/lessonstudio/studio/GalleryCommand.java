package org.lessonstudio.studio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lessonstudio.renderer.AtomicOutput;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lesson gallery FOLDER -o docs/gallery}: a still of every lesson in a folder, and a page
 * that shows them with each lesson's own description and text. The documentation's pictures are
 * made this way, never drawn by hand.
 */
@Command(name = "gallery", description = "Renders a still of every lesson in a folder and a page showing them all.")
final class GalleryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FOLDER", description = "the folder of .lesson files")
    Path folder;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "docs/gallery",
            description = "the folder for the stills; the page is written beside it as OUT.md (default: ${DEFAULT-VALUE})")
    Path output;

    @Option(names = "--size", paramLabel = "WxH", converter = SizeArgument.class, defaultValue = "640x360",
            description = "the stills' size (default: ${DEFAULT-VALUE})")
    SizeArgument.Size size;

    @Override
    public Integer call() throws IOException {
        List<Path> lessons;
        try (Stream<Path> files = Files.list(folder)) {
            lessons = files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList();
        }
        int failed = 0;
        List<Path> shown = new ArrayList<>();
        List<Timeline> timelines = new ArrayList<>();
        List<LessonInputs.Input> inputs = new ArrayList<>();
        for (Path lesson : lessons) {
            LessonLoader.ForCommand loaded = LessonLoader.forCommand(lesson, spec.commandLine().getErr());
            if (loaded.timeline().isEmpty()) {
                failed++;
                inputs.add(new LessonInputs.Input(lesson, "a lesson in " + folder));
                continue;
            }
            shown.add(lesson);
            timelines.add(loaded.timeline().get());
            inputs.addAll(LessonInputs.of(loaded.timeline().get().lesson(), lesson));
        }
        Path pagePath = output.resolveSibling(output.getFileName() + ".md");
        List<OutputGuard.Output> outputs = new ArrayList<>();
        outputs.add(new OutputGuard.Output(pagePath, "the gallery's page"));
        for (Path lesson : shown) {
            outputs.add(new OutputGuard.Output(output.resolve(stemOf(lesson) + ".png"), "the still of " + lesson
                    .getFileName()));
        }
        java.util.Optional<String> refused = OutputGuard.refusal(outputs, inputs);
        if (refused.isPresent()) {
            spec.commandLine().getErr().println("lesson: " + refused.get());
            return ExitCode.FAILURE;
        }
        Files.createDirectories(output);
        StringBuilder page = new StringBuilder("# Gallery\n\nEvery example in `" + folder + "`, as a still at the"
                + " end of its longest scene. Made by `lesson gallery " + folder + " -o " + output + "`.\n");
        for (int i = 0; i < shown.size(); i++) {
            Path lesson = shown.get(i);
            Timeline timeline = timelines.get(i);
            String stem = stemOf(lesson);
            Path still = output.resolve(stem + ".png");
            double at = posterTime(timeline);
            try {
                Stills.writePng(timeline, at, size.width(), size.height(), still);
            } catch (org.lessonstudio.timeline.NotDrawable e) {
                // A mistake only its frame shows: listed like the others, and the gallery goes on.
                NotDrawableReport.printMistake(e, spec.commandLine().getErr());
                failed++;
                continue;
            }
            String text = Files.readString(lesson, StandardCharsets.UTF_8);
            page.append("\n## ").append(timeline.lesson().title()).append("\n\n");
            description(text).ifPresent(d -> page.append(d).append("\n\n"));
            page.append(String.format(Locale.ROOT, "![%s at %.1f s](%s/%s)%n%n", stem, at,
                    output.getFileName(), still.getFileName()));
            page.append("<details><summary><code>").append(lesson).append("</code></summary>\n\n```\n")
                    .append(text.strip()).append("\n```\n</details>\n");
            spec.commandLine().getOut().printf(Locale.ROOT, "%s at %.1f s%n", still, at);
        }
        AtomicOutput.write(pagePath, path -> Files.writeString(path, page.toString(), StandardCharsets.UTF_8));
        spec.commandLine().getOut().println("Wrote " + pagePath + ".");
        return failed == 0 ? ExitCode.OK : ExitCode.LESSON_ERRORS;
    }

    private static String stemOf(Path lesson) {
        return lesson.getFileName().toString().replace(".lesson", "");
    }

    /** The end of the longest scene, just before it fades: where most has been drawn. */
    static double posterTime(Timeline timeline) {
        ScenePlan longest = timeline.scenes().get(0);
        for (ScenePlan scene : timeline.scenes()) {
            if (scene.duration() > longest.duration()) {
                longest = scene;
            }
        }
        return Math.max(longest.start(), longest.end() - 0.7);
    }

    /** The comment lines at the top of a lesson, which say what it shows. */
    private static java.util.Optional<String> description(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            lines.add(line.substring(1).strip());
        }
        return lines.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(" ", lines));
    }
}
