package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.timeline.Timeline;

/** Writing placed {@code below title} or {@code above title} sits under or over the card, clear of it. */
class BesideTitleTest {

    @Test
    void writingGoesUnderAndOverTheTitleCard() {
        Timeline timeline = Frames.timeline("""
                lesson "Titles"

                scene "One"
                  text under: "height against time" below title
                  text chapter: "Chapter 2" above title, size 0.35
                  title "Thrown things", subtitle "a first look"
                  show under, chapter
                  wait 1s
                """);
        BufferedImage image = new BufferedImage(640, 360, BufferedImage.TYPE_3BYTE_BGR);
        List<DrawnText> drawn = new FrameRenderer().renderInto(timeline.frameAt(2.0), image);
        Rectangle2D title = box(drawn, "Thrown things");
        Rectangle2D under = box(drawn, "height against time");
        Rectangle2D over = box(drawn, "Chapter 2");
        assertTrue(under.getY() > title.getMaxY(), "under the card and its subtitle: " + under + " / " + title);
        assertTrue(under.getY() - title.getMaxY() < 40, "just under it, not far down the frame: " + under);
        assertTrue(over.getMaxY() < title.getY(), "over the card: " + over + " / " + title);
        assertTrue(Math.abs(under.getCenterX() - 320) < 2 && Math.abs(over.getCenterX() - 320) < 2,
                "centred as the card is");
    }

    private static Rectangle2D box(List<DrawnText> drawn, String text) {
        return drawn.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow().box();
    }
}
