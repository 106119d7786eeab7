package org.lessonstudio.renderer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;

/**
 * Turns a {@link FrameState} into pixels with Java2D. The one drawing path for everything: video
 * export, stills and the preview all call this, so they show the same picture.
 */
public final class FrameRenderer {

    private final FootageFrames footage;

    /** A renderer that draws footage from its words (no clips). */
    public FrameRenderer() {
        this(FootageFrames.DRAWN);
    }

    /** A renderer that takes footage pictures from {@code footage}. */
    public FrameRenderer(FootageFrames footage) {
        this.footage = footage;
    }

    /** A new image of the frame, in the layout the encoder takes (3 bytes a pixel, BGR). */
    public BufferedImage render(FrameState frame, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        renderInto(frame, image);
        return image;
    }

    /** Draws the frame over the whole of an existing image (so images can be reused). */
    public void renderInto(FrameState frame, BufferedImage image) {
        Graphics2D g = image.createGraphics();
        try {
            draw(frame, g, image.getWidth(), image.getHeight());
        } finally {
            g.dispose();
        }
    }

    /** Draws the frame on any Graphics2D (an image, an SVG document…) of the given size in pixels. */
    public void draw(FrameState frame, Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

        Palette palette = Palette.of(frame.theme());
        g.setColor(palette.background());
        g.fillRect(0, 0, width, height);

        Projection projection = new Projection(frame.viewport(), width, height);
        TextPainter text = new TextPainter(g, projection);
        GeometryPainter geometry = new GeometryPainter(g, projection, text);
        for (Item item : inDrawingOrder(frame.items())) {
            double opacity = item.appearance().opacity() * item.style().opacity();
            double reveal = item.appearance().reveal();
            Color color = item.mixColor() == null ? palette.color(item.style().color(), opacity)
                    : MorphPainter.blend(palette.color(item.style().color(), opacity),
                    palette.color(item.mixColor(), opacity), item.mix());
            Figure figure = item.figure();
            if (figure instanceof Figure.Morph m) {
                new MorphPainter(g, geometry, text, palette).paint(m, item.style(),
                        palette.color(item.style().color(), opacity), palette.color(item.mixColor() == null
                                ? item.style().color() : item.mixColor(), opacity));
            } else if (figure instanceof Figure.Text t) {
                text.text(t, color, reveal);
            } else if (figure instanceof Figure.Tex t) {
                text.tex(t, color, reveal, palette);
            } else if (figure instanceof Figure.Table t) {
                text.table(t, color, reveal);
            } else if (figure instanceof Figure.Image i) {
                Images.draw(g, text, i, opacity, reveal);
            } else if (figure instanceof Figure.Footage f) {
                new FootagePainter(g, text, projection, palette).paint(f, footage.picture(f), opacity);
            } else if (figure instanceof Figure.Title t) {
                text.title(t, color, palette.color(org.lessonstudio.dsl.model.ColorName.YELLOW), opacity, reveal);
            } else {
                Color fill = item.style().fill() == null ? null : palette.color(item.style().fill(), opacity);
                geometry.paint(figure, item.style(), color, fill, reveal);
            }
        }
        if (!frame.caption().isEmpty() && frame.captionOpacity() > 0) {
            text.caption(frame.caption(), frame.captionOpacity(), palette);
        }
    }

    /** Lines and curves first, then points on top of them, then writing on top of everything. */
    private static List<Item> inDrawingOrder(List<Item> items) {
        List<Item> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparingInt((Item item) -> item.style().layer())
                .thenComparingInt(item -> layer(item.figure())));
        return ordered;
    }

    private static int layer(Figure figure) {
        if (figure instanceof Figure.Dot) {
            return 1;
        }
        if (figure instanceof Figure.Text || figure instanceof Figure.Tex || figure instanceof Figure.Title
                || figure instanceof Figure.Table) {
            return 2;
        }
        if (figure instanceof Figure.Area || figure instanceof Figure.Image) {
            return -1;
        }
        return 0;
    }
}
