package org.lessonstudio.renderer;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.lessonstudio.timeline.frame.Figure;

/**
 * Draws text, formulas, title cards and captions. Text is drawn as glyph outlines (vectors), and
 * {@code write} reveals it from left to right.
 */
final class TextPainter {

    private final Graphics2D g;
    private final Projection projection;

    TextPainter(Graphics2D g, Projection projection) {
        this.g = g;
        this.projection = projection;
    }

    /** Where a block of the given size goes: the pixel position of its baseline's left end. */
    private Point2D.Double align(Figure.Anchor anchor, double width, double ascent, double descent) {
        double x;
        double y;
        int column = 0;
        int row = 0;
        if (anchor instanceof Figure.Anchor.InScene s) {
            Point2D.Double p = projection.toPixels(s.point());
            x = p.x;
            y = p.y;
        } else {
            Figure.Anchor.OnScreen o = (Figure.Anchor.OnScreen) anchor;
            Point2D.Double p = projection.place(o.place());
            x = p.x;
            y = p.y;
            column = o.place().column();
            row = o.place().row();
        }
        double left = column < 0 ? x : column > 0 ? x - width : x - width / 2;
        double baseline = row > 0 ? y + ascent : row < 0 ? y - descent : y + (ascent - descent) / 2;
        left = Math.max(0, Math.min(projection.width() - width, left));
        baseline = Math.max(ascent, Math.min(projection.height() - descent, baseline));
        return new Point2D.Double(left, baseline);
    }

    void text(Figure.Text text, Color color, double reveal) {
        Font font = Fonts.plain(text.size() * projection.unit());
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), text.text());
        LineMetrics metrics = font.getLineMetrics(text.text(), g.getFontRenderContext());
        double width = glyphs.getLogicalBounds().getWidth();
        Point2D.Double at = align(text.anchor(), width, metrics.getAscent(), metrics.getDescent());
        Shape outline = glyphs.getOutline((float) at.x, (float) at.y);
        fillRevealed(outline, color, at.x, width, reveal);
    }

    void tex(Figure.Tex tex, Color color, double reveal) {
        Formulas.Layout layout = Formulas.layout(tex.tex());
        double em = tex.size() * projection.unit();
        double width = layout.width() * em;
        Point2D.Double at = align(tex.anchor(), width, layout.height() * em, layout.depth() * em);
        Shape savedClip = g.getClip();
        if (reveal < 1) {
            g.clip(new Rectangle2D.Double(at.x - em, 0, em + width * reveal, projection.height()));
        }
        g.setColor(color);
        Formulas.draw(g, layout, at.x, at.y, em);
        g.setClip(savedClip);
    }

    void title(Figure.Title title, Color color, Color accent, double opacity, double reveal) {
        double unit = projection.unit();
        Font big = Fonts.bold(0.8 * unit);
        GlyphVector glyphs = big.createGlyphVector(g.getFontRenderContext(), title.text());
        double width = glyphs.getLogicalBounds().getWidth();
        double maxWidth = projection.width() * 0.9;
        if (width > maxWidth) {
            big = big.deriveFont((float) (big.getSize2D() * maxWidth / width));
            glyphs = big.createGlyphVector(g.getFontRenderContext(), title.text());
            width = glyphs.getLogicalBounds().getWidth();
        }
        double left = (projection.width() - width) / 2;
        double baseline = projection.height() / 2.0 - 0.15 * unit;
        fillRevealed(glyphs.getOutline((float) left, (float) baseline), color, left, width, reveal);

        g.setColor(Palette.withAlpha(accent, opacity * reveal));
        double ruleWidth = Math.min(width, 6 * unit) * reveal;
        g.fill(new Rectangle2D.Double((projection.width() - ruleWidth) / 2, baseline + 0.35 * unit, ruleWidth,
                0.05 * unit));
        if (!title.subtitle().isEmpty()) {
            Font small = Fonts.plain(0.42 * unit);
            GlyphVector sub = small.createGlyphVector(g.getFontRenderContext(), title.subtitle());
            double subWidth = sub.getLogicalBounds().getWidth();
            double subOpacity = Math.max(0, Math.min(1, (reveal - 0.5) * 2));
            g.setColor(Palette.withAlpha(accent, opacity * subOpacity));
            g.fill(sub.getOutline((float) ((projection.width() - subWidth) / 2), (float) (baseline + 1.1 * unit)));
        }
    }

    /** A small label beside a point, kept inside the frame. */
    void label(String label, Point2D.Double near, double dx, double dy, Color color) {
        Font font = Fonts.plain(0.4 * projection.unit());
        GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), label);
        Rectangle2D bounds = glyphs.getVisualBounds();
        double x = near.x + dx - bounds.getWidth() / 2 - bounds.getX();
        double y = near.y + dy - bounds.getHeight() / 2 - bounds.getY();
        x = Math.max(-bounds.getX(), Math.min(projection.width() - bounds.getMaxX(), x));
        y = Math.max(-bounds.getY(), Math.min(projection.height() - bounds.getMaxY(), y));
        g.setColor(color);
        g.fill(glyphs.getOutline((float) x, (float) y));
    }

    /** The sentence being spoken, at the bottom, in a dark box, on at most two lines. */
    void caption(String caption, double opacity, Palette palette) {
        double unit = projection.unit();
        Font font = Fonts.plain(0.34 * unit);
        List<String> lines = wrap(caption, font, projection.width() * 0.8);
        LineMetrics metrics = font.getLineMetrics(caption, g.getFontRenderContext());
        double lineHeight = metrics.getHeight() * 1.1;
        double widest = 0;
        List<GlyphVector> glyphs = new ArrayList<>();
        for (String line : lines) {
            GlyphVector gv = font.createGlyphVector(g.getFontRenderContext(), line);
            glyphs.add(gv);
            widest = Math.max(widest, gv.getLogicalBounds().getWidth());
        }
        double pad = 0.18 * unit;
        double boxHeight = lineHeight * lines.size() + pad * 1.2;
        double boxTop = projection.height() - 0.25 * unit - boxHeight;
        double boxLeft = (projection.width() - widest) / 2 - pad;
        g.setColor(Palette.withAlpha(palette.captionBox(), opacity));
        g.fill(new RoundRectangle2D.Double(boxLeft, boxTop, widest + 2 * pad, boxHeight, pad, pad));
        g.setColor(Palette.withAlpha(palette.captionText(), opacity));
        double baseline = boxTop + pad * 0.6 + metrics.getAscent();
        for (GlyphVector gv : glyphs) {
            double w = gv.getLogicalBounds().getWidth();
            g.fill(gv.getOutline((float) ((projection.width() - w) / 2), (float) baseline));
            baseline += lineHeight;
        }
    }

    private List<String> wrap(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && font.getStringBounds(candidate, g.getFontRenderContext()).getWidth() > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void fillRevealed(Shape outline, Color color, double left, double width, double reveal) {
        Shape savedClip = g.getClip();
        if (reveal < 1) {
            double pad = projection.unit();
            g.clip(new Rectangle2D.Double(left - pad, 0, pad + width * reveal, projection.height()));
        }
        g.setColor(color);
        g.fill(outline);
        g.setClip(savedClip);
    }
}
