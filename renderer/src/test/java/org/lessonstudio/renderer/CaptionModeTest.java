package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * One set of captions: with {@code captions: closed} (the default) nothing is drawn at the bottom
 * of the picture while a sentence is spoken (the player shows the text track); with {@code burned}
 * the cue is drawn, on at most two lines; a poster ({@link FrameState#withoutCaption()}) has none.
 */
class CaptionModeTest {

    private static Timeline timeline(String mode) {
        return Timeline.of(LessonCompiler.compile(SourceFile.of("c.lesson", """
                lesson "Captions"
                  video: 640x360, 30 fps
                  %s

                scene "One"
                  say "The height of the point on the circle is the sine of the angle, and it goes up and down as the point turns around the circle."
                  wait 1s
                """.formatted(mode))).lesson().orElseThrow());
    }

    /** Pixels in the bottom fifth of the picture that differ from its corner (the background). */
    private static int marked(BufferedImage image) {
        int background = image.getRGB(2, image.getHeight() - 2);
        int count = 0;
        for (int y = image.getHeight() * 4 / 5; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += image.getRGB(x, y) == background ? 0 : 1;
            }
        }
        return count;
    }

    @Test
    void closedCaptionsAreNotDrawnBurnedOnesAreAndPostersHaveNone() {
        FrameRenderer renderer = new FrameRenderer();
        FrameState closed = timeline("").frameAt(1.0);
        FrameState burned = timeline("captions: burned").frameAt(1.0);
        assertTrue(!closed.caption().isEmpty(), "the words being said are known to the frame");
        assertEquals(0, marked(renderer.render(closed, 640, 360)), "nothing drawn with closed captions");
        assertTrue(marked(renderer.render(burned, 640, 360)) > 500, "the burned caption is drawn");
        assertTrue(burned.caption().split("\n").length <= 2, burned.caption());
        assertEquals(0, marked(renderer.render(burned.withoutCaption(), 640, 360)), "a poster has no caption");
        assertEquals(burned.caption(), timeline("captions: both").frameAt(1.0).caption());
    }
}
