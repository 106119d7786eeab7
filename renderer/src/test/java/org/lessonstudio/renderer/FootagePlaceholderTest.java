package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.dsl.model.Theme;
import org.lessonstudio.timeline.frame.Appearance;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Viewport;

/** Footage not made yet fills the frame with a labelled placeholder; behind the drawing it is dimmed. */
class FootagePlaceholderTest {

    private static BufferedImage render(boolean behind) {
        Item footage = new Item("footage #1", new Figure.Footage("A Ferris wheel at dusk", behind),
                new Style(ColorName.INK, null, 0, false, 1, behind ? -1000 : 1000), Appearance.FULL);
        FrameState frame = new FrameState(0, 0, "", Theme.CHALKBOARD, Viewport.DEFAULT, List.of(footage), "", 0);
        return new FrameRenderer().render(frame, 320, 180);
    }

    private static double brightness(int rgb) {
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3.0;
    }

    @Test
    void theWholeFrameIsCoveredAndTheDescriptionIsWrittenOnIt() {
        int background = Palette.of(Theme.CHALKBOARD).background().getRGB() & 0xffffff;
        BufferedImage full = render(false);
        assertNotEquals(background, full.getRGB(2, 2) & 0xffffff, "a corner shows the footage, not the board");
        assertNotEquals(background, full.getRGB(317, 177) & 0xffffff);
        long bright = 0;
        for (int y = 70; y < 110; y++) {
            for (int x = 0; x < 320; x++) {
                bright += brightness(full.getRGB(x, y)) > 140 ? 1 : 0;
            }
        }
        assertTrue(bright > 100, "the description is written across the middle: " + bright + " bright pixels");
    }

    @Test
    void behindTheDrawingItIsDarkerThanFullFrame() {
        double full = brightness(render(false).getRGB(160, 20));
        double behind = brightness(render(true).getRGB(160, 20));
        assertTrue(behind < full, behind + " < " + full);
    }
}
