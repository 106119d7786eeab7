package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Shape.Blend;
import org.lessonstudio.dsl.model.Shape.Fit;
import org.lessonstudio.dsl.model.Shape.Timing;
import org.lessonstudio.dsl.model.Shape.Transition;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.dsl.model.Theme;
import org.lessonstudio.timeline.frame.Appearance;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/**
 * Footage pixels where the footage should be, the board where it should not, and the maths on top:
 * one frame for each way of placing, fitting and bringing in a shot.
 */
class FootageBlendingTest {

    private static final int W = 320;
    private static final int H = 180;
    private static final Color RED = new Color(220, 30, 30);
    private static final int BOARD = Palette.of(Theme.CHALKBOARD).background().getRGB() & 0xffffff;

    /** A clip that is red all over (or, for a picture, a 16:9 red frame). */
    private static BufferedImage solid(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(RED);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static BufferedImage render(Shape.Framing framing, double time, BufferedImage clip, boolean still,
                                        boolean withLine) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("footage #1", new Figure.Footage("a red shot", framing, time, 4),
                new Style(ColorName.INK, null, 0, false, 1, framing.blend() == Blend.BEHIND ? -1000 : 1000),
                Appearance.FULL));
        if (withLine) {
            // a thick yellow line across the middle of the frame
            items.add(new Item("line", new Figure.Segment(new Vec(-7, 0), new Vec(7, 0), false),
                    new Style(ColorName.YELLOW, null, 8, false, 1, 0), Appearance.FULL));
        }
        FrameState frame = new FrameState(0, 0, "", Theme.CHALKBOARD, Viewport.DEFAULT, items, "", 0);
        FootageFrames frames = shot -> new FootageFrames.Picture.Frame(clip, still, null);
        return new FrameRenderer(frames).render(frame, W, H);
    }

    private static BufferedImage render(Blend blend, Transition transition, double time) {
        return render(new Shape.Framing(blend, Fit.COVER, transition, Timing.LOOP), time, solid(64, 36), false, false);
    }

    private static boolean red(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return (rgb >> 16 & 0xff) > 180 && (rgb >> 8 & 0xff) < 80 && (rgb & 0xff) < 80;
    }

    private static boolean board(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xffffff) == BOARD;
    }

    @Test
    void fullFrameFootageCoversEveryCorner() {
        BufferedImage frame = render(Blend.FULL, Transition.CUT, 2);
        assertTrue(red(frame, 2, 2) && red(frame, W - 3, H - 3) && red(frame, W / 2, H / 2));
    }

    @Test
    void footageBehindIsDimmedAndTheMathsIsDrawnOverIt() {
        BufferedImage frame = render(new Shape.Framing(Blend.BEHIND, Fit.COVER, Transition.CUT, Timing.LOOP), 2,
                solid(64, 36), false, true);
        int under = frame.getRGB(W / 2, H / 4);
        assertFalse(red(frame, W / 2, H / 4), "dimmed by the scrim");
        assertTrue((under >> 16 & 0xff) > (under & 0xff) + 20, "yet still the footage's colour");
        Color line = Palette.of(Theme.CHALKBOARD).color(ColorName.YELLOW, 1);
        int onLine = frame.getRGB(W / 2, H / 2);
        assertEquals(line.getRGB() & 0xffffff, onLine & 0xffffff, "the stroke is on top, undimmed");
    }

    @Test
    void pictureInPictureSitsInTheTopRightCorner() {
        BufferedImage frame = render(Blend.PICTURE, Transition.CUT, 2);
        assertTrue(red(frame, W - 40, 30), "footage in the corner");
        assertTrue(board(frame, 40, H - 30), "the board elsewhere");
        assertTrue(board(frame, W - 40, H - 20), "below the picture too");
    }

    @Test
    void splitScreenTakesTheLeftHalf() {
        BufferedImage frame = render(Blend.SPLIT, Transition.CUT, 2);
        assertTrue(red(frame, W / 4, H / 2) && red(frame, 2, H - 3));
        assertTrue(board(frame, 3 * W / 4, H / 2) && board(frame, W - 3, 2));
    }

    @Test
    void containShowsTheWholeClipWithBarsAndCoverCropsIt() {
        BufferedImage tall = solid(36, 64);
        BufferedImage contained = render(new Shape.Framing(Blend.FULL, Fit.CONTAIN, Transition.CUT, Timing.LOOP), 2,
                tall, false, false);
        assertEquals(0, contained.getRGB(5, H / 2) & 0xffffff, "black bars beside a portrait clip");
        assertTrue(red(contained, W / 2, H / 2));
        BufferedImage covered = render(new Shape.Framing(Blend.FULL, Fit.COVER, Transition.CUT, Timing.LOOP), 2,
                tall, false, false);
        assertTrue(red(covered, 5, H / 2), "cover fills the width");
    }

    @Test
    void crossfadeRisesFromTheBoardAndDipRisesFromBlack() {
        assertTrue(board(render(Blend.FULL, Transition.CROSSFADE, 0), W / 2, H / 2), "nothing yet at its start");
        int half = render(Blend.FULL, Transition.CROSSFADE, 0.3).getRGB(W / 2, H / 2);
        assertTrue((half >> 16 & 0xff) < 200 && (half >> 16 & 0xff) > (half & 0xff), "half faded in");
        assertTrue(red(render(Blend.FULL, Transition.CROSSFADE, 2), W / 2, H / 2), "fully in by its middle");
        assertTrue(red(render(Blend.FULL, Transition.CUT, 0), W / 2, H / 2), "a cut is in at once");
        assertEquals(0, render(Blend.FULL, Transition.DIP, 0).getRGB(W / 2, H / 2) & 0xffffff, "black at first");
        assertEquals(0, render(Blend.FULL, Transition.DIP, 4).getRGB(W / 2, H / 2) & 0xffffff, "black at last");
        assertTrue(red(render(Blend.FULL, Transition.DIP, 2), W / 2, H / 2));
    }

    @Test
    void aWipeComesInFromTheLeftAndGoesOutToTheRight() {
        BufferedImage coming = render(Blend.FULL, Transition.WIPE, 0.3);
        assertTrue(red(coming, 10, H / 2) && board(coming, W - 10, H / 2));
        BufferedImage going = render(Blend.FULL, Transition.WIPE, 3.7);
        assertTrue(board(going, 10, H / 2) && red(going, W - 10, H / 2));
    }

    @Test
    void aStillPictureMovesSlowlyKenBurnsStyle() {
        BufferedImage picture = new BufferedImage(160, 90, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = picture.createGraphics();
        for (int x = 0; x < 160; x += 8) {
            g.setColor((x / 8) % 2 == 0 ? Color.WHITE : Color.BLUE);
            g.fillRect(x, 0, 8, 90);
        }
        g.dispose();
        Shape.Framing full = Shape.Framing.DEFAULT;
        int[] start = render(full, 0, picture, true, false).getRGB(0, H / 2, W, 1, null, 0, W);
        int[] end = render(full, 4, picture, true, false).getRGB(0, H / 2, W, 1, null, 0, W);
        assertFalse(java.util.Arrays.equals(start, end), "the picture has moved");
        int[] still = render(full, 0, picture, false, false).getRGB(0, H / 2, W, 1, null, 0, W);
        int[] stillLater = render(full, 4, picture, false, false).getRGB(0, H / 2, W, 1, null, 0, W);
        assertTrue(java.util.Arrays.equals(still, stillLater), "a video frame is shown as it is");
    }

    @Test
    void generatedFootageCarriesItsLabelWhileOnScreen() {
        Item item = new Item("footage #1", new Figure.Footage("a red shot", Shape.Framing.DEFAULT, 2, 4),
                new Style(ColorName.INK, null, 0, false, 1, 1000), Appearance.FULL);
        FrameState frame = new FrameState(0, 0, "", Theme.CHALKBOARD, Viewport.DEFAULT, List.of(item), "", 0);
        BufferedImage clip = solid(64, 36);
        BufferedImage labelled = new FrameRenderer(shot -> new FootageFrames.Picture.Frame(clip, false,
                FootageFrames.Picture.GENERATED)).render(frame, 640, 360);
        BufferedImage bare = new FrameRenderer(shot -> new FootageFrames.Picture.Frame(clip, false, null))
                .render(frame, 640, 360);
        int white = 0;
        for (int x = 0; x < 320; x++) {
            for (int y = 0; y < 60; y++) {
                int rgb = labelled.getRGB(x, y);
                white += (rgb & 0xff) > 200 && (rgb >> 8 & 0xff) > 200 ? 1 : 0;
                assertEquals(bare.getRGB(x, y + 100), labelled.getRGB(x, y + 100), "only the corner changes");
            }
        }
        assertTrue(white > 100, "white lettering in the top left corner: " + white);
    }

    @Test
    void aShotNotMadeYetShowsASlateWithItsPrompt() {
        Item item = new Item("footage #1", new Figure.Footage("A Ferris wheel at dusk", Shape.Framing.DEFAULT, 1, 4),
                new Style(ColorName.INK, null, 0, false, 1, 1000), Appearance.FULL);
        FrameState frame = new FrameState(0, 0, "", Theme.CHALKBOARD, Viewport.DEFAULT, List.of(item), "", 0);
        BufferedImage slate = new FrameRenderer(shot -> new FootageFrames.Picture.Waiting("runway",
                "lesson render makes it")).render(frame, W, H);
        assertFalse(board(slate, W / 2, H - 5), "the slate covers the frame");
        long light = 0;
        for (int x = 0; x < W; x++) {
            for (int y = 0; y < H; y++) {
                light += (slate.getRGB(x, y) & 0xff) > 150 ? 1 : 0;
            }
        }
        assertTrue(light > 60, "its words are written on it: " + light);
    }
}
