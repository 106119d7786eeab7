package org.lessonstudio.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.renderer.AtomicOutput;
import org.lessonstudio.renderer.PictureFailed;
import org.lessonstudio.timeline.NotDrawable;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * A still of every lesson in a folder, and a page that shows them with each lesson's own
 * description and text ({@code lesson gallery FOLDER -o docs/gallery}). The documentation's
 * pictures are made this way, never drawn by hand.
 */
public final class Gallery {

    /** What the gallery tells as it goes: {@code said} for what it made, {@code problems} for the rest. */
    public interface Listener {

        /** One line of what was made. */
        void said(String line);

        /** Text about a lesson that could not be shown (its mistakes, positioned), as it is printed. */
        void problems(String text);
    }

    private Gallery() {
    }

    /**
     * Draws every lesson of {@code folder} at {@code size} into {@code output} and writes the page
     * beside it ({@code OUT.md}); a lesson with mistakes (or a frame that cannot be drawn) is told
     * about and left out, and the others are still shown. Returns true when every lesson is shown.
     */
    public static boolean make(Path folder, Path output, RenderSettings.Size size, Env env, Listener listener)
            throws Stopped, IOException {
        List<Path> lessons;
        try (Stream<Path> files = Files.list(folder)) {
            lessons = files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList();
        }
        int failed = 0;
        List<Path> shown = new ArrayList<>();
        List<LessonSession> sessions = new ArrayList<>();
        List<LessonInputs.Input> inputs = new ArrayList<>();
        for (Path lesson : lessons) {
            LessonSession.Opened opened = LessonSession.open(lesson, RenderSettings.Speech.DEFAULT, env);
            String said = opened.said();
            if (!said.isEmpty()) {
                listener.problems(said);
            }
            if (!(opened instanceof LessonSession.Ready ready)) {
                failed++;
                inputs.add(new LessonInputs.Input(lesson, "a lesson in " + folder));
                continue;
            }
            shown.add(lesson);
            sessions.add(ready.session());
            inputs.addAll(ready.session().inputs());
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
            throw Stopped.refused(refused.get());
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw Stopped.refused("refusing to write the gallery into " + output + ": it is "
                    + OutputGuard.notRegular(output).orElse("a file") + ", not a folder; nothing was written; "
                    + "choose a folder with -o");
        }
        Files.createDirectories(output);
        StringBuilder page = new StringBuilder("# Gallery\n\nEvery example in `" + folder + "`, as a still at the"
                + " end of its longest scene. Made by `lesson gallery " + folder + " -o " + output + "`.\n");
        for (int i = 0; i < shown.size(); i++) {
            Path lesson = shown.get(i);
            LessonSession session = sessions.get(i);
            Timeline timeline = session.timeline();
            String stem = stemOf(lesson);
            Path still = output.resolve(stem + ".png");
            double at = posterTime(timeline);
            try {
                Stills.frame(session, at, size.width(), size.height(), still);
            } catch (NotDrawable | PictureFailed e) {
                // A mistake only its frame shows: listed like the others, and the gallery goes on.
                listener.problems(NotDrawableReport.mistake(e, session.lesson())
                        .map(d -> DiagnosticPrinter.print(List.of(d)))
                        .orElse("lesson: " + e.getMessage() + "\n"));
                failed++;
                continue;
            }
            String text = session.lesson().source().text(); // the text checked, not the file read again
            page.append("\n## ").append(timeline.lesson().title()).append("\n\n");
            description(text).ifPresent(d -> page.append(d).append("\n\n"));
            page.append(String.format(Locale.ROOT, "![%s at %.1f s](%s/%s)%n%n", stem, at,
                    output.getFileName(), still.getFileName()));
            page.append("<details><summary><code>").append(lesson).append("</code></summary>\n\n```\n")
                    .append(text.strip()).append("\n```\n</details>\n");
            listener.said(String.format(Locale.ROOT, "%s at %.1f s", still, at));
        }
        AtomicOutput.write(pagePath, path -> Files.writeString(path, page.toString(), StandardCharsets.UTF_8));
        listener.said("Wrote " + pagePath + ".");
        return failed == 0;
    }

    private static String stemOf(Path lesson) {
        return lesson.getFileName().toString().replace(".lesson", "");
    }

    /** The end of the longest scene, just before it fades: where most has been drawn. */
    public static double posterTime(Timeline timeline) {
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
