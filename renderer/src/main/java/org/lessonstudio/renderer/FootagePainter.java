package org.lessonstudio.renderer;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.lessonstudio.dsl.model.Shape.Blend;
import org.lessonstudio.dsl.model.Shape.Fit;
import org.lessonstudio.timeline.frame.Figure;

/**
 * Draws a footage shot in its place: the whole frame, behind the maths (dimmed by a scrim), a
 * picture in the top right corner, or the left half of a split screen; the clip covering its place
 * or contained in it; coming and going by a cut, a crossfade, a dip through black or a wipe; a
 * still image moved slowly (Ken Burns); and its label in the corner while it is on screen.
 */
final class FootagePainter {

    /** The longest a transition takes; a short shot uses a quarter of its length for each end. */
    static final double TRANSITION = 0.6;
    /** How far a still image zooms over its shot. */
    private static final double KEN_BURNS_ZOOM = 0.12;

    private final Graphics2D g;
    private final TextPainter text;
    private final Palette palette;
    private final double width;
    private final double height;
    private final double unit;

    FootagePainter(Graphics2D g, TextPainter text, Projection projection, Palette palette) {
        this.g = g;
        this.text = text;
        this.palette = palette;
        this.width = projection.width();
        this.height = projection.height();
        this.unit = projection.unit();
    }

    void paint(Figure.Footage shot, FootageFrames.Picture picture, double opacity) {
        Rectangle2D place = place(shot.framing().blend());
        double shown = shown(shot);
        double alpha = opacity;
        double veil = 0;
        Shape visible = place;
        switch (shot.framing().transition()) {
            case CUT -> { }
            case CROSSFADE -> alpha *= shown;
            case DIP -> veil = 1 - shown;
            case WIPE -> visible = wiped(shot, place);
        }
        if (alpha <= 0) {
            return;
        }
        Composite composite = g.getComposite();
        Shape clip = g.getClip();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) alpha));
        g.clip(visible);
        String label = null;
        if (picture instanceof FootageFrames.Picture.Frame frame) {
            image(frame.image(), place, shot, frame.still());
            label = frame.label();
        } else if (picture instanceof FootageFrames.Picture.Drawn drawn) {
            AffineTransform before = g.getTransform();
            g.translate(place.getX(), place.getY());
            ProceduralFootage.paint(g, place.getWidth(), place.getHeight(), shot.prompt(), shot.time());
            g.setTransform(before);
            label = drawn.label();
        } else if (picture instanceof FootageFrames.Picture.Waiting waiting) {
            slate(place, shot.prompt(), waiting);
        }
        if (shot.behind()) {
            g.setColor(Palette.withAlpha(palette.background(), 0.6));
            g.fill(place);
        }
        if (veil > 0) {
            g.setColor(new Color(0f, 0f, 0f, (float) Math.min(1, veil)));
            g.fill(place);
        }
        if (label != null) {
            // procedural footage says, briefly and legibly, what it shows of its words (whether drawn now
            // or played from the clip made of them); the whole prompt is in the provenance record
            boolean procedural = FootageFrames.Picture.PROCEDURAL.equals(label);
            label(place, label, procedural ? drawnOffline(shot.prompt()) : null, procedural);
        }
        g.setClip(clip);
        if (shot.framing().blend() == Blend.PICTURE) {
            g.setColor(Palette.withAlpha(palette.background(), 0.9));
            g.setStroke(new BasicStroke((float) (0.04 * unit)));
            g.draw(place);
        }
        g.setComposite(composite);
    }

    /** Where the shot goes on the canvas. */
    private Rectangle2D place(Blend blend) {
        return switch (blend) {
            case FULL, BEHIND -> new Rectangle2D.Double(0, 0, width, height);
            case SPLIT -> new Rectangle2D.Double(0, 0, width / 2, height);
            case PICTURE -> {
                double w = 0.38 * width;
                double h = w * height / width;
                double margin = 0.35 * unit;
                yield new Rectangle2D.Double(width - w - margin, margin, w, h);
            }
        };
    }

    /** How far in the shot is: 0 at its first and last instant, 1 once its transition is over. */
    static double shown(Figure.Footage shot) {
        double span = Math.min(TRANSITION, shot.length() / 4);
        if (span <= 0) {
            return 1;
        }
        double in = Math.min(1, Math.max(0, shot.time() / span));
        double out = Math.min(1, Math.max(0, (shot.length() - shot.time()) / span));
        double p = Math.min(in, out);
        return p * p * (3 - 2 * p);
    }

    /** A wipe: the shot slides in from the left edge, and out towards the right one. */
    private static Shape wiped(Figure.Footage shot, Rectangle2D place) {
        double p = shown(shot);
        boolean coming = shot.time() < shot.length() / 2;
        double w = place.getWidth() * p;
        double x = coming ? place.getX() : place.getMaxX() - w;
        return new Rectangle2D.Double(x, place.getY(), w, place.getHeight());
    }

    /** A clip's frame, covering or contained in its place; a still image slowly zooms and pans. */
    private void image(BufferedImage image, Rectangle2D place, Figure.Footage shot, boolean still) {
        double sx = place.getWidth() / image.getWidth();
        double sy = place.getHeight() / image.getHeight();
        double scale = shot.framing().fit() == Fit.COVER ? Math.max(sx, sy) : Math.min(sx, sy);
        double cx = place.getCenterX();
        double cy = place.getCenterY();
        if (shot.framing().fit() == Fit.CONTAIN) {
            g.setColor(Color.BLACK);
            g.fill(place);
        }
        if (still) {
            double p = shot.length() <= 0 ? 0 : Math.min(1, Math.max(0, shot.time() / shot.length()));
            double zoom = 1 + KEN_BURNS_ZOOM * p;
            scale *= shot.framing().fit() == Fit.COVER ? 1 + KEN_BURNS_ZOOM * p : 1 / (1 + KEN_BURNS_ZOOM) * zoom;
            // drift towards a corner chosen by the shot's words, so each picture moves its own way
            int h = shot.prompt().hashCode();
            double dx = (h & 1) == 0 ? 1 : -1;
            double dy = (h & 2) == 0 ? 1 : -1;
            double slackX = Math.max(0, image.getWidth() * scale - place.getWidth()) / 2;
            double slackY = Math.max(0, image.getHeight() * scale - place.getHeight()) / 2;
            cx += dx * slackX * (p - 0.5) * 0.9;
            cy += dy * slackY * (p - 0.5) * 0.9;
        }
        double left = cx - image.getWidth() * scale / 2;
        double top = cy - image.getHeight() * scale / 2;
        if (Math.abs(scale - 1) < 1e-9 && left == Math.rint(left) && top == Math.rint(top)) {
            // a clip made at the video's size: copied straight across, with no scaling and no garbage
            g.drawImage(image, (int) left, (int) top, null);
            return;
        }
        AffineTransform at = new AffineTransform();
        at.translate(left, top);
        at.scale(scale, scale);
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, at, null);
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }

    /** Footage not made yet: a slate with the prompt, saying who makes it and how. */
    private void slate(Rectangle2D place, String prompt, FootageFrames.Picture.Waiting waiting) {
        g.setPaint(new GradientPaint((float) place.getX(), (float) place.getY(), new Color(0x39, 0x41, 0x4d),
                (float) place.getX(), (float) place.getMaxY(), new Color(0x1d, 0x22, 0x29)));
        g.fill(place);
        double scale = Math.min(1, place.getWidth() / width * 1.6);
        double pad = 0.5 * unit * scale;
        double x = place.getX() + pad;
        double maxWidth = place.getWidth() - 2 * pad;
        TextRun heading = text.run("FOOTAGE NOT MADE YET \u00B7 " + waiting.provider().toUpperCase(java.util.Locale.ROOT),
                0.28 * scale, true);
        double y = place.getY() + pad + heading.ascent();
        g.setColor(new Color(0xf2, 0xc1, 0x4e));
        g.fill(heading.at(x, y));
        y += heading.descent() + 0.2 * unit * scale;
        g.setColor(new Color(255, 255, 255, 235));
        List<String> lines = text.wrap("\u201C" + prompt + "\u201D", 0.5 * scale, maxWidth);
        y = Math.max(y, place.getCenterY() - lines.size() * 0.35 * unit * scale);
        for (String line : lines) {
            TextRun run = text.run(line, 0.5 * scale, false);
            y += run.ascent();
            g.fill(run.at(x, y));
            y += run.descent() + 0.05 * unit * scale;
        }
        TextRun how = text.run(waiting.how(), 0.22 * scale, false);
        g.setColor(new Color(255, 255, 255, 170));
        g.fill(how.at(x, place.getMaxY() - pad));
    }

    /** The procedural label's second line: the things drawn, at most about 28 characters. */
    static String drawnOffline(String prompt) {
        List<String> shown = OfflineWords.of(prompt).shown();
        String things = shown.isEmpty() ? "sky and land" : String.join(", ", shown);
        int cut = things.lastIndexOf(',', 27);
        return things.length() <= 28 ? things : things.substring(0, cut > 0 ? cut : 27) + "\u2026";
    }

    /**
     * The label in the shot's top left corner ("AI-generated footage"), with its description if
     * given; a procedural shot's label at least as large as caption text.
     */
    private void label(Rectangle2D place, String label, String description, boolean legible) {
        double size = legible ? TextPainter.CAPTION_SIZE : place.getWidth() < width * 0.6 ? 0.13 : 0.17;
        TextRun first = text.run(label, size, true);
        TextRun second = description == null ? null : text.run(description, size, false);
        double pad = 0.12 * unit;
        double widest = Math.max(first.width(), second == null ? 0 : second.width());
        double boxWidth = Math.min(place.getWidth() - 0.8 * unit, widest + 2 * pad);
        double boxHeight = first.ascent() + first.descent() + 2 * pad
                + (second == null ? 0 : second.ascent() + second.descent());
        double left = place.getX() + 0.4 * unit * (size / 0.17);
        double top = place.getY() + 0.4 * unit * (size / 0.17);
        g.setColor(new Color(0, 0, 0, 110));
        g.fill(new RoundRectangle2D.Double(left, top, boxWidth, boxHeight, pad, pad));
        g.setColor(new Color(255, 255, 255, 230));
        double baseline = top + pad + first.ascent();
        g.fill(first.at(left + pad, baseline));
        if (second != null) {
            g.setColor(new Color(255, 255, 255, 200));
            g.fill(second.at(left + pad, baseline + first.descent() + second.ascent()));
        }
    }
}
