package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.app.Gallery;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.media.VideoProbe;
import org.lessonstudio.timeline.Timeline;

/**
 * Every lesson shipped in examples/ checks without a mistake, renders to a (tiny, few-frame) video
 * that shows its drawing — every frame there, the picture where most is drawn not a blank board
 * and not the opening picture — and gives a still that is the video's own frame, so none of them
 * can rot.
 */
class ExamplesTest {

    private static final int FPS = 4;

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> everyExampleChecksRendersAndGivesAStill() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            return files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> example(p)));
        }
    }

    private void example(Path lesson) throws Exception {
        Run check = Run.lesson("check", lesson.toString());
        assertEquals("", check.err());
        assertEquals(0, check.exitCode());
        String stem = lesson.getFileName().toString().replace(".lesson", "");
        Path video = out.resolve(stem + ".mp4");
        Run render = Run.lesson("render", lesson.toString(), "-o", video.toString(), "--size", "160x90",
                "--fps", String.valueOf(FPS), "--quality", "draft");
        assertEquals(0, render.exitCode(), render.err());

        Timeline timeline = ((LessonSession.Ready) LessonSession.open(lesson, RenderSettings.Speech.DEFAULT, Run.ENV))
                .session().timeline();
        assertEquals(timeline.frameCount(FPS), VideoProbe.probe(video).frames(), "every frame is in the video");
        double most = Math.floor(Gallery.posterTime(timeline) * FPS) / FPS;
        BufferedImage drawn = Frames.at(video, most);
        BufferedImage opening = Frames.at(video, 0);
        assertTrue(Frames.marked(drawn) > 40, "at " + most + " s the video shows a drawing, not a blank board: "
                + Frames.marked(drawn) + " pixels stand out");
        assertTrue(Frames.changed(drawn, opening) > 40, "the lesson moves on from its opening picture: "
                + Frames.changed(drawn, opening) + " pixels changed");

        Path still = out.resolve(stem + ".png");
        Run shot = Run.lesson("still", lesson.toString(), "--at", String.format(Locale.ROOT, "%.2f", most), "--size",
                "160x90", "-o", still.toString());
        assertEquals(0, shot.exitCode(), shot.err());
        BufferedImage picture = ImageIO.read(still.toFile());
        assertTrue(Frames.changed(picture, drawn) * 2 < Frames.changed(drawn, opening), "the still is the video's"
                + " frame at " + most + " s: " + Frames.changed(picture, drawn) + " pixels differ from it, "
                + Frames.changed(drawn, opening) + " from the opening");
    }
}
