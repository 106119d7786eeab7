package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lessonstudio.timeline.Timeline;

/**
 * Every shipped example, drawn at eight moments spread over its length, compared with reference
 * frames made before the core was last reshaped: a change inside the engine must not change a
 * single picture a teacher has already seen. After an intended change of look, regenerate with
 * {@code mvn test -pl renderer -am -Dtest=ExampleFramesTest -Dgolden.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false}, look at the frames, and commit them.
 */
class ExampleFramesTest {

    private static final Path REFERENCES = Path.of("src/test/resources/example-frames");
    private static final int SAMPLES = 8;

    @TestFactory
    Stream<DynamicTest> everyExampleDrawsTheFramesItDrewBefore() throws Exception {
        List<Path> lessons;
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            lessons = files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList();
        }
        return lessons.stream().map(lesson -> DynamicTest.dynamicTest(lesson.getFileName().toString(), () -> {
            Timeline timeline = Frames.timeline(lesson);
            String stem = lesson.getFileName().toString().replace(".lesson", "");
            FrameRenderer renderer = new FrameRenderer();
            for (int i : IntStream.range(0, SAMPLES).toArray()) {
                double t = timeline.duration() * (i + 0.5) / SAMPLES;
                BufferedImage actual = renderer.render(timeline.frameAt(t), 320, 180);
                Frames.assertLooksLike(actual, REFERENCES.resolve(stem + "-" + i + ".png").toFile(),
                        stem + " at " + String.format(java.util.Locale.ROOT, "%.2f", t) + " s");
            }
        }));
    }
}
