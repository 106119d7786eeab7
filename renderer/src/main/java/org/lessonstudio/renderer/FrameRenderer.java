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

    /**
     * Draws the frame over the whole of an existing image (so images can be reused), and says what
     * writing it drew where.
     */
    public List<DrawnText> renderInto(FrameState frame, BufferedImage image) {
        Graphics2D g = image.createGraphics();
        // tells Batik (SVG filters: blur, turbulence) the image it draws into; without it Batik prints
        // "Graphics2D from BufferedImage lacks BUFFERED_IMAGE hint" on the terminal at every filter
        g.setRenderingHint(org.apache.batik.ext.awt.RenderingHintsKeyExt.KEY_BUFFERED_IMAGE,
                new java.lang.ref.WeakReference<>(image));
        try {
            return draw(frame, g, image.getWidth(), image.getHeight());
        } finally {
            g.dispose();
        }
    }

    /**
     * Draws the frame on any Graphics2D (an image, an SVG document…) of the given size in pixels,
     * and says what writing it drew where (text, formulas, numbers, labels, the title card; not the
     * caption). The scene is drawn above the caption band, footage over the whole frame; labels
     * are placed last, by {@link LabelPlaces}, clear of everything else.
     */
    public List<DrawnText> draw(FrameState frame, Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);

        Palette palette = Palette.of(frame.theme());
        Color background = frame.background() == null ? palette.background() : palette.color(frame.background());
        g.setColor(background);
        g.fillRect(0, 0, width, height);

        Projection projection = new Projection(frame.viewport(), width, height);
        TextPainter text = new TextPainter(g, projection);
        FigurePainter painter = new FigurePainter(g, projection, text, palette, footage);
        java.awt.Shape whole = g.getClip();
        java.awt.geom.Rectangle2D aboveCaptions = new java.awt.geom.Rectangle2D.Double(0, 0, width,
                projection.bottom());
        List<Item> items = inDrawingOrder(frame.items());
        for (Item item : items) {
            boolean isFootage = item.figure() instanceof Figure.Footage;
            g.setClip(whole);
            if (!isFootage) {
                g.clip(aboveCaptions);
            }
            painter.paint(item);
        }
        g.setClip(whole);
        g.clip(aboveCaptions);
        List<DrawnText> drawn = text.finish();
        // A magnifier's picture goes over everything else, as a picture in the picture does.
        for (Item item : items) {
            if (item.figure() instanceof Figure.Magnifier m) {
                new MagnifierPainter(g, projection, palette, footage, background).paint(item, m, items,
                        text.placedLabels());
            }
        }
        g.setClip(whole);
        if (!frame.caption().isEmpty() && frame.captionOpacity() > 0) {
            text.caption(frame.caption(), frame.captionOpacity(), palette);
        }
        return drawn;
    }

    /** Lines and curves first, then points on top of them, then writing on top of everything. */
    private static List<Item> inDrawingOrder(List<Item> items) {
        List<Item> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparingInt((Item item) -> item.style().layer())
                .thenComparingInt(item -> item.figure().layer()));
        return ordered;
    }
}
