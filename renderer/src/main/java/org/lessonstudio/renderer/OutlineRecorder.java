package org.lessonstudio.renderer;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.batik.ext.awt.g2d.AbstractGraphics2D;
import org.apache.batik.ext.awt.g2d.GraphicContext;

/**
 * A Graphics2D that draws nothing and remembers every filled or stroked outline, with its colour,
 * in device coordinates. Drawing a formula onto it gives the formula's glyphs as shapes, one by
 * one, which a morph can move.
 */
final class OutlineRecorder extends AbstractGraphics2D {

    /** One recorded outline, filled, in the colour it was drawn in. */
    record Piece(Shape shape, Color color) { }

    private static final BufferedImage SCRATCH = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);

    private final List<Piece> pieces;

    OutlineRecorder() {
        super(true);
        this.gc = new GraphicContext();
        this.pieces = new ArrayList<>();
    }

    private OutlineRecorder(OutlineRecorder parent) {
        super(parent);
        this.pieces = parent.pieces;
    }

    List<Piece> pieces() {
        return pieces;
    }

    private Color color() {
        return getPaint() instanceof Color c ? c : getColor();
    }

    @Override
    public void fill(Shape s) {
        pieces.add(new Piece(getTransform().createTransformedShape(s), color()));
    }

    @Override
    public void draw(Shape s) {
        fill(getStroke().createStrokedShape(s));
    }

    @Override
    public void drawString(String text, float x, float y) {
        fill(getFont().createGlyphVector(getFontRenderContext(), text).getOutline(x, y));
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        StringBuilder text = new StringBuilder();
        for (char c = iterator.first(); c != AttributedCharacterIterator.DONE; c = iterator.next()) {
            text.append(c);
        }
        drawString(text.toString(), x, y);
    }

    @Override
    public Graphics create() {
        return new OutlineRecorder(this);
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return SCRATCH.createGraphics().getDeviceConfiguration();
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return SCRATCH.createGraphics().getFontMetrics(f);
    }

    @Override
    public void setXORMode(Color c) {
        // nothing is drawn
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        // nothing is drawn
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        return true;
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        // pictures have no outline to move
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        // pictures have no outline to move
    }

    @Override
    public void dispose() {
        // nothing held
    }

    /** Unused by formulas; present because Graphics2D asks for it. */
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        // nothing is drawn
    }
}
