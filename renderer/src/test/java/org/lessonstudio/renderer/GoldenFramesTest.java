package org.lessonstudio.renderer;


import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonstudio.timeline.Timeline;

/**
 * Chosen frames of a small lesson compared with reference images committed beside it, within a
 * tolerance for antialiasing. After an intended change of look, regenerate the references with
 * {@code mvn test -pl renderer -Dgolden.update=true}, look at them, and commit them.
 */
class GoldenFramesTest {

    private static final Path FOLDER = Path.of("src/test/resources/golden");

    static Stream<Arguments> frames() {
        String[] actions = {"draw", "grow", "write", "fade-in-from-left", "move", "rotate", "scale", "change-color",
            "indicate", "circumscribe", "transform-tex", "transform-shape", "camera-zoom"};
        Stream<Arguments> midpoints = java.util.stream.IntStream.range(0, actions.length)
                .mapToObj(i -> Arguments.of("actions", "action-" + actions[i], i + 0.5));
        return Stream.concat(Stream.of(
                Arguments.of("shapes", "title-writing", 0.75),
                Arguments.of("shapes", "title-done", 2.0),
                Arguments.of("shapes", "shapes-drawing", 3.4),
                Arguments.of("shapes", "shapes-curve-half", 4.8),
                Arguments.of("shapes", "shapes-done", 8.0),
                Arguments.of("objects", "objects-all", 0.5)), midpoints);
    }

    @ParameterizedTest(name = "{1} at {2}s")
    @MethodSource("frames")
    void frameMatchesItsReference(String lesson, String name, double time) throws Exception {
        Timeline timeline = Frames.timeline(FOLDER.resolve(lesson + ".lesson"));
        BufferedImage actual = new FrameRenderer().render(timeline.frameAt(time), 320, 180);
        Frames.assertLooksLike(actual, FOLDER.resolve(name + ".png").toFile(), name + " at " + time + " s");
    }

    /** The same finished scene in every theme: each palette's colours, fills and grid as first approved. */
    @ParameterizedTest(name = "shapes in the {0} theme")
    @org.junit.jupiter.params.provider.EnumSource(org.lessonstudio.dsl.model.Theme.class)
    void everyThemeDrawsItsColours(org.lessonstudio.dsl.model.Theme theme) throws Exception {
        String text = java.nio.file.Files.readString(FOLDER.resolve("shapes.lesson"))
                .replace("theme: whiteboard", "theme: " + theme.word());
        org.lessonstudio.dsl.LessonCompiler.Result result = org.lessonstudio.dsl.LessonCompiler.compile(
                org.lessonstudio.dsl.source.SourceFile.of("shapes.lesson", text));
        Timeline timeline = Timeline.of(result.lesson().orElseThrow());
        BufferedImage actual = new FrameRenderer().render(timeline.frameAt(8.0), 320, 180);
        String name = "theme-" + theme.word();
        Frames.assertLooksLike(actual, FOLDER.resolve(name + ".png").toFile(), name);
    }
}
