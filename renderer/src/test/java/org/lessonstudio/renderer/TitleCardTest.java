package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;

/** A title card is named by {@code title} in the actions after it, so it can leave the screen. */
class TitleCardTest {

    @Test
    void fadingOutTheTitleClearsTheMiddleOfTheFrame() {
        Timeline timeline = Frames.timeline("""
                lesson "Titles"

                scene "One"
                  title "Thrown things", subtitle "a first look"
                  fade out title toward left
                  wait 1s
                """);
        FrameRenderer renderer = new FrameRenderer();
        BufferedImage written = renderer.render(timeline.frameAt(1.6), 320, 180);
        BufferedImage gone = renderer.render(timeline.frameAt(3.0), 320, 180);
        int background = gone.getRGB(2, 2);
        assertTrue(Frames.pixelsUnlike(written, background, 60, 50, 260, 130) > 100, "the title is written first");
        assertEquals(0, Frames.pixelsUnlike(gone, background, 0, 0, 320, 150), "after the fade the frame is empty");
    }
}
