package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lessonstudio.timeline.ActionSpan;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * Every action in every shipped example does something a class can see: the frame inside its
 * span differs from the frame just before it starts. (A {@code circumscribe} that drew nothing,
 * once, passed every other test.)
 */
class ActionsChangePixelsTest {

    @TestFactory
    Stream<DynamicTest> everyActionInEveryExampleChangesThePicture() throws Exception {
        List<Path> lessons;
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            lessons = files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList();
        }
        return lessons.stream().map(lesson -> DynamicTest.dynamicTest(lesson.getFileName().toString(), () -> {
            Timeline timeline = Frames.timeline(lesson);
            FrameRenderer renderer = new FrameRenderer();
            List<String> still = new ArrayList<>();
            for (ScenePlan scene : timeline.scenes()) {
                for (ActionSpan span : scene.actionSpans()) {
                    double before = scene.start() + Math.max(0, span.start() - 0.02);
                    double inside = scene.start() + (span.end() > span.start()
                            ? (span.start() + Math.min(span.end(), scene.duration()) ) / 2 : span.start() + 0.02);
                    if (span.start() <= 0.0 && span.end() <= span.start()) {
                        continue; // shown from the scene's first frame: there is no frame before it
                    }
                    BufferedImage a = renderer.render(timeline.frameAt(before), 160, 90);
                    BufferedImage b = renderer.render(timeline.frameAt(inside), 160, 90);
                    // A shot that leaves with a transition (a wipe, a crossfade) is gone by the instant
                    // its switch comes: the change is over the quarter second before it.
                    boolean instant = span.end() <= span.start();
                    if (same(a, b) && (!instant || same(renderer.render(timeline.frameAt(
                            scene.start() + Math.max(0, span.start() - 0.25)), 160, 90), b))) {
                        still.add(span.what() + " at " + span.start() + " s in \"" + scene.scene().title() + "\"");
                    }
                }
            }
            assertTrue(still.isEmpty(), "actions that change nothing on screen: " + still);
        }));
    }

    private static boolean same(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
