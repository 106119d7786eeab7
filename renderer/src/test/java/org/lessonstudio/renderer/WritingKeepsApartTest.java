package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * In every shipped example (examples/ and examples/gallery/), at 20 moments spread over the
 * lesson: no two pieces of writing the renderer drew (text, formulas, tables, numbers, labels, a
 * title card) overlap, and nothing is drawn in the caption band when captions are not burned in
 * (footage, a backdrop over the whole frame, is the one thing allowed there).
 */
class WritingKeepsApartTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    /** Boxes may touch: they overlap when they share more than this many pixels both ways. */
    private static final double TOUCH = 1.0;

    @TestFactory
    Stream<DynamicTest> noWritingOverlapsAndTheCaptionBandIsClear() throws Exception {
        List<Path> lessons = new ArrayList<>();
        for (Path folder : List.of(Path.of("../examples"), Path.of("../examples/gallery"))) {
            try (Stream<Path> files = Files.list(folder)) {
                lessons.addAll(files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList());
            }
        }
        return lessons.stream().map(lesson -> DynamicTest.dynamicTest(lesson.getFileName().toString(), () -> {
            Timeline timeline = Frames.timeline(lesson);
            FrameRenderer renderer = new FrameRenderer();
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                double t = timeline.duration() * (i + 0.5) / 20;
                FrameState frame = timeline.frameAt(t);
                List<DrawnText> drawn = renderer.renderInto(frame, image);
                String when = String.format("at %.2f s", t);
                problems.addAll(overlaps(drawn, when));
                if (frame.captionOpacity() == 0 && frame.items().stream()
                        .noneMatch(item -> item.figure() instanceof Figure.Footage)) {
                    int inBand = drawnInBand(image, frame);
                    if (inBand > 0) {
                        problems.add(when + ": " + inBand + " pixels drawn in the caption band");
                    }
                }
            }
            assertTrue(problems.isEmpty(), () -> lesson.getFileName() + ":\n" + String.join("\n", problems));
        }));
    }

    /** Each pair of overlapping boxes, said so a reader can find them. */
    static List<String> overlaps(List<DrawnText> drawn, String when) {
        List<String> found = new ArrayList<>();
        for (int a = 0; a < drawn.size(); a++) {
            for (int b = a + 1; b < drawn.size(); b++) {
                Rectangle2D x = drawn.get(a).box();
                Rectangle2D y = drawn.get(b).box();
                double w = Math.min(x.getMaxX(), y.getMaxX()) - Math.max(x.getX(), y.getX());
                double h = Math.min(x.getMaxY(), y.getMaxY()) - Math.max(x.getY(), y.getY());
                if (w > TOUCH && h > TOUCH) {
                    found.add(when + ": " + describe(drawn.get(a)) + " overlaps " + describe(drawn.get(b)));
                }
            }
        }
        return found;
    }

    private static String describe(DrawnText text) {
        return text.kind().name().toLowerCase() + " \"" + text.text() + "\"";
    }

    /** Pixels below the top of the caption band that are not the background. */
    private static int drawnInBand(BufferedImage image, FrameState frame) {
        Projection projection = new Projection(frame.viewport(), image.getWidth(), image.getHeight());
        Palette palette = Palette.of(frame.theme());
        Color background = frame.background() == null ? palette.background() : palette.color(frame.background());
        int top = (int) Math.ceil(projection.bottom());
        return Frames.pixelsUnlike(image, background.getRGB(), 0, top, image.getWidth(), image.getHeight());
    }
}
