package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lessonstudio.timeline.Timeline;

/**
 * Every lesson of examples/gallery (Manim's example scenes, re-created) is a correct lesson that
 * names the scene it re-creates and draws something in the middle of its scene.
 */
class ManimGalleryTest {

    @TestFactory
    Stream<DynamicTest> everyGallerySceneChecksAndDraws() throws Exception {
        List<Path> lessons;
        try (Stream<Path> files = Files.list(Path.of("../examples/gallery"))) {
            lessons = files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList();
        }
        assertTrue(lessons.size() >= 19, "the gallery lessons: " + lessons.size());
        return lessons.stream().map(lesson -> DynamicTest.dynamicTest(lesson.getFileName().toString(), () -> {
            assertTrue(Files.readString(lesson).startsWith("# Manim gallery: "), "the note naming the scene");
            Timeline timeline = Frames.timeline(lesson);
            double middle = timeline.scenes().get(0).duration() * 0.7;
            BufferedImage frame = new FrameRenderer().render(timeline.frameAt(middle), 320, 180);
            int background = frame.getRGB(0, 179);
            assertTrue(Frames.pixelsUnlike(frame, background, 0, 0, 320, 180) > 5, "something is drawn");
        }));
    }
}
