package org.lessonstudio.renderer;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.timeline.frame.Box;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Vec;

/**
 * A magnifier's picture: the scene painted again, by the same painter, under a transform that
 * takes the part it shows onto its box, clipped to the box, with the box framed. While the
 * magnifier is drawn the box grows out of the part it shows (its frame on the scene is the
 * {@link FigurePainter}'s).
 */
final class MagnifierPainter {

    private final Graphics2D g;
    private final Projection projection;
    private final Palette palette;
    private final FootageFrames footage;
    private final Color background;

    MagnifierPainter(Graphics2D g, Projection projection, Palette palette, FootageFrames footage, Color background) {
        this.g = g;
        this.projection = projection;
        this.palette = palette;
        this.footage = footage;
        this.background = background;
    }

    /** Paints the magnifier {@code item}'s picture of the other items (painted in this order). */
    void paint(Item item, Figure.Magnifier m, List<Item> items, List<TextPainter.PlacedLabel> labels) {
        double opacity = item.appearance().opacity() * item.style().opacity();
        double grown = Easing.SMOOTH.apply(item.appearance().reveal());
        if (opacity <= 0 || grown <= 0) {
            return;
        }
        Rectangle2D part = part(m);
        Rectangle2D shown = shown(m);
        Rectangle2D box = new Rectangle2D.Double(
                part.getX() + (shown.getX() - part.getX()) * grown, part.getY() + (shown.getY() - part.getY()) * grown,
                part.getWidth() + (shown.getWidth() - part.getWidth()) * grown,
                part.getHeight() + (shown.getHeight() - part.getHeight()) * grown);
        if (box.getWidth() < 1 || box.getHeight() < 1 || part.getWidth() <= 0 || part.getHeight() <= 0) {
            return;
        }
        int left = (int) Math.floor(box.getX());
        int top = (int) Math.floor(box.getY());
        int width = (int) Math.ceil(box.getMaxX()) - left;
        int height = (int) Math.ceil(box.getMaxY()) - top;
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D inner = picture.createGraphics();
        try {
            inner.setRenderingHints(g.getRenderingHints());
            inner.setRenderingHint(org.apache.batik.ext.awt.RenderingHintsKeyExt.KEY_BUFFERED_IMAGE,
                    new java.lang.ref.WeakReference<>(picture));
            inner.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            inner.setClip(new Rectangle2D.Double(box.getX() - left, box.getY() - top, box.getWidth(), box.getHeight()));
            inner.setColor(background);
            inner.fill(inner.getClip());
            inner.translate(box.getX() - left, box.getY() - top);
            inner.scale(box.getWidth() / part.getWidth(), box.getHeight() / part.getHeight());
            inner.translate(-part.getX(), -part.getY());
            TextPainter writing = new TextPainter(inner, projection);
            FigurePainter painter = new FigurePainter(inner, projection, writing, palette, footage);
            for (Item other : items) {
                if (!(other.figure() instanceof Figure.Magnifier)) {
                    painter.paint(other);
                }
            }
            writing.drawPlaced(labels); // the scene's labels, where the scene placed them
        } finally {
            inner.dispose();
        }
        Composite saved = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
        g.drawImage(picture, left, top, null);
        g.setComposite(saved);
        g.setStroke(FigurePainter.stroke(item.style(), projection.unit()));
        g.setColor(palette.color(m.border(), opacity));
        g.draw(box);
    }

    /** The part of the scene the magnifier shows, in pixels. */
    Rectangle2D part(Figure.Magnifier m) {
        List<Vec> corners = m.corners();
        Point2D.Double a = projection.toPixels(corners.get(0));
        Point2D.Double b = projection.toPixels(corners.get(2));
        return new Rectangle2D.Double(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x), Math.abs(b.y - a.y));
    }

    /** Where its picture is shown, in pixels. */
    Rectangle2D shown(Figure.Magnifier m) {
        Box box = m.shownBox(projection.screen());
        double unit = projection.unit();
        return new Rectangle2D.Double(box.minX() * unit, box.minY() * unit, (box.maxX() - box.minX()) * unit,
                (box.maxY() - box.minY()) * unit);
    }
}
