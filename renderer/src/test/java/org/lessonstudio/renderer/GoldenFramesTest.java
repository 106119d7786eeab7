package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
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
        File reference = FOLDER.resolve(name + ".png").toFile();
        if (Boolean.getBoolean("golden.update") || !reference.exists()) {
            ImageIO.write(actual, "png", reference);
            assertTrue(Boolean.getBoolean("golden.update"), "no reference image yet; wrote " + reference
                    + ": look at it, then commit it");
        }
        BufferedImage expected = ImageIO.read(reference);
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        long total = 0;
        int far = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                int worst = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int diff = Math.abs(((a >> shift) & 0xFF) - ((e >> shift) & 0xFF));
                    total += diff;
                    worst = Math.max(worst, diff);
                }
                if (worst > 64) {
                    far++;
                }
            }
        }
        double pixels = actual.getWidth() * actual.getHeight();
        double mean = total / (pixels * 3);
        if (mean > 1.5 || far > pixels * 0.005) {
            Path out = Files.createDirectories(Path.of("target/golden-failures"));
            ImageIO.write(actual, "png", out.resolve(name + ".png").toFile());
        }
        assertTrue(mean <= 1.5, "mean difference " + mean + " (see target/golden-failures/" + name + ".png)");
        assertTrue(far <= pixels * 0.005, far + " pixels differ a lot (see target/golden-failures/" + name + ".png)");
    }
}
