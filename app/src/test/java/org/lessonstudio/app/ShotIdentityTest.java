package org.lessonstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.footage.Clip;
import org.lessonstudio.footage.FootageChooser;
import org.lessonstudio.renderer.FootageFrames;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Item;

/**
 * Shots are kept and shown by who they are (words, style, length, size, seed), never by their
 * words alone: the same words for 2 s and then for 4 s are two clips, and the second shot shows
 * its own.
 */
class ShotIdentityTest {

    @Test
    void twoShotsWithTheSameWordsAndDifferentLengthsAreTwoClipsOfTheirOwnLengths(@TempDir Path folder)
            throws Exception {
        Path lesson = folder.resolve("twice.lesson");
        Files.writeString(lesson, """
                lesson "The same waves twice"
                  video: 160x90, 10 fps
                  footage: procedural

                scene "Waves"
                  footage "Ocean waves rolling onto a beach under a stormy sky" for 2s
                  footage "Ocean waves rolling onto a beach under a stormy sky" for 4s
                """);
        Env env = TestEnv.ENV.with("LESSON_FOOTAGE_CACHE", folder.resolve("cache").toString());
        Timeline timeline = TestEnv.silent(lesson).timeline();
        try (LessonFootage footage = LessonFootage.make(timeline, timeline.lesson().video(),
                RenderSettings.Footage.DEFAULT, env, null)) {
            List<LessonFootage.OnScreen> shots = footage.onScreen(timeline);
            assertEquals(2, shots.size(), "two shots, not one shown twice");
            Clip short1 = shots.get(0).choice().flatMap(FootageChooser.Choice::clip).orElseThrow();
            Clip long2 = shots.get(1).choice().flatMap(FootageChooser.Choice::clip).orElseThrow();
            assertEquals(2, short1.seconds(), 0.01);
            assertEquals(4, long2.seconds(), 0.01);
            assertNotEquals(short1.file(), long2.file());
            assertEquals(2, shots.get(1).times().get(0)[0], 1e-9, "the second shot starts when the first ends");

            // 3 s into the second shot the picture is its own clip at 3 s, not the short clip looped back to 1 s
            Figure.Footage second = timeline.frameAt(5).items().stream().map(Item::figure)
                    .filter(Figure.Footage.class::isInstance).map(Figure.Footage.class::cast).findFirst()
                    .orElseThrow();
            BufferedImage shown = assertInstanceOf(FootageFrames.Picture.Frame.class, footage.picture(second)).image();
            BufferedImage own = Frames.at(long2.file(), 3.0);
            BufferedImage looped = Frames.at(short1.file(), 1.0);
            assertTrue(Frames.difference(looped, own) > 1, "the two moments look different at all");
            assertTrue(Frames.difference(shown, own) < Frames.difference(shown, looped) / 2,
                    "the second shot shows its own clip (" + Frames.difference(shown, own) + ") rather than the"
                            + " first's (" + Frames.difference(shown, looped) + ")");
        }
    }
}
