package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.dsl.model.Theme;
import org.lessonstudio.timeline.frame.Appearance;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Viewport;

/** Footage drawn from its words: the whole frame, the same for the same words, moving with time, labelled. */
class ProceduralFootageTest {

    private static final String SEA = "Ocean waves rolling onto a beach at dusk";

    private static BufferedImage render(String prompt, boolean behind, double time) {
        return render(prompt, behind, time, 320, 180);
    }

    private static BufferedImage render(String prompt, boolean behind, double time, int width, int height) {
        Item footage = new Item("footage #1", new Figure.Footage(prompt, new Shape.Framing(
                behind ? Shape.Blend.BEHIND : Shape.Blend.FULL, Shape.Fit.COVER, Shape.Transition.CUT,
                Shape.Timing.LOOP), time, 4),
                new Style(ColorName.INK, null, 0, false, 1, behind ? -1000 : 1000), Appearance.FULL);
        FrameState frame = new FrameState(0, 0, "", Theme.CHALKBOARD, Viewport.DEFAULT, List.of(footage), "", 0);
        return new FrameRenderer().render(frame, width, height);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static double brightness(int rgb) {
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3.0;
    }

    @Test
    void theWordsChooseThePictureAndTheSameWordsGiveTheSamePicture() {
        int board = Palette.of(Theme.CHALKBOARD).background().getRGB() & 0xffffff;
        BufferedImage sea = render(SEA, false, 1);
        assertNotEquals(board, sea.getRGB(300, 170) & 0xffffff, "the footage covers the whole frame");
        assertArrayEquals(pixels(sea), pixels(render(SEA, false, 1)), "drawn from the words alone");
        BufferedImage night = render("A starry night over a quiet lake", false, 1);
        assertTrue(brightness(night.getRGB(160, 30)) < brightness(sea.getRGB(160, 30)), "night skies are darker");
    }

    @Test
    void wavesMoveWithTimeAndTheShotIsLabelledProcedural() {
        assertFalse(Arrays.equals(pixels(render(SEA, false, 0)), pixels(render(SEA, false, 1))), "time moves it");
        BufferedImage sea = render(SEA, false, 0, 1280, 720);
        long bright = 0;
        int rows = 0;
        for (int y = 35; y < 260; y++) {
            int inRow = 0;
            for (int x = 35; x < 700; x++) {
                inRow += brightness(sea.getRGB(x, y)) > 180 ? 1 : 0;
            }
            bright += inRow;
            rows += inRow > 0 ? 1 : 0;
        }
        assertTrue(bright > 300, "the label is written at the top left: " + bright);
        // two lines at least the size of caption text (0.34 of a unit, 90 px at 720p): legible across a classroom
        assertTrue(rows > 40, "the label's lines are tall enough to read: " + rows + " rows of text");
    }

    @Test
    void behindTheDrawingItIsDimmed() {
        double full = brightness(render(SEA, false, 1).getRGB(160, 120));
        double behind = brightness(render(SEA, true, 1).getRGB(160, 120));
        assertTrue(behind < full, behind + " < " + full);
        assertTrue(behind > full * 0.15, "dimmed, not blacked out: " + behind + " of " + full);
    }
}
