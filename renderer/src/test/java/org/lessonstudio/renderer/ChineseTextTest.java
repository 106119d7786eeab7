package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.ScreenPlace;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.dsl.model.Theme;
import org.lessonstudio.timeline.frame.Appearance;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Viewport;

/** Chinese text is drawn with real glyphs: as much ink as the CJK font itself puts down, not empty boxes. */
class ChineseTextTest {

    private static final String TEXT = "正弦曲线从圆里来";

    @Test
    void chineseTextHasTheInkOfItsFontNotOfEmptyBoxes() {
        Font cjk = java.util.Arrays.stream(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts())
                .filter(f -> f.canDisplayUpTo(TEXT) == -1 && !f.getFamily().startsWith("Dialog")).findFirst()
                .orElse(null);
        assumeTrue(cjk != null, "no font with Chinese glyphs is installed (CI installs fonts-noto-cjk)");
        int width = 640;
        int height = 360;
        FrameState frame = new FrameState(0, 0, "", Theme.WHITEBOARD, Viewport.DEFAULT,
                List.of(new Item("t", new Figure.Text(TEXT, new Figure.Anchor.OnScreen(ScreenPlace.CENTER), 0.6),
                        Style.of(ColorName.BLACK), Appearance.FULL)), "", 0);
        long ours = ink(new FrameRenderer().render(frame, width, height));

        BufferedImage direct = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = direct.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(cjk.deriveFont((float) (0.6 * height / 9)));
        g.drawString(TEXT, 100, 200);
        long font = ink(direct);

        assertTrue(ours > font * 0.6 && ours < font * 1.6, "ink: ours " + ours + ", the font's own " + font);
        BufferedImage boxes = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D b = boxes.createGraphics();
        b.setColor(Color.WHITE);
        b.fillRect(0, 0, width, height);
        b.setColor(Color.BLACK);
        b.setFont(new Font("DejaVu Sans", Font.PLAIN, (int) (0.6 * height / 9)));
        b.drawString(TEXT, 100, 200);
        assertTrue(Math.abs(ours - ink(boxes)) > ours * 0.2, "and not the ink of empty boxes");
    }

    /** How much darker than its background (its corner) the picture is, summed. */
    private static long ink(BufferedImage image) {
        int background = image.getRGB(0, 0) & 0xFF;
        long sum = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                sum += Math.max(0, background - (image.getRGB(x, y) & 0xFF));
            }
        }
        return sum;
    }
}
