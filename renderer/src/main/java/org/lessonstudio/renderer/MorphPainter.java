package org.lessonstudio.renderer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.timeline.frame.Figure;

/**
 * Draws one figure flowing into another. Between two formulas (or texts), the glyphs they share
 * slide from where they were to where they go, and the rest fade out or in; between anything
 * else, the outlines are resampled to the same number of points and blended point by point.
 */
final class MorphPainter {

    private static final int POINTS = 96;

    private final Graphics2D g;
    private final FigurePainter geometry;
    private final TextPainter text;
    private final Palette palette;

    MorphPainter(Graphics2D g, FigurePainter geometry, TextPainter text, Palette palette) {
        this.g = g;
        this.geometry = geometry;
        this.text = text;
        this.palette = palette;
    }

    private static boolean isWriting(Figure f) {
        return f.isWriting();
    }

    void paint(Figure.Morph morph, Style style, Color from, Color to) {
        double p = morph.progress();
        Color color = blend(from, to, p);
        if (isWriting(morph.from()) && isWriting(morph.to())) {
            glyphs(morph, from, to, p);
            return;
        }
        List<List<Point2D.Double>> a = runs(outline(morph.from(), from));
        List<List<Point2D.Double>> b = runs(outline(morph.to(), to));
        pad(a, b);
        pad(b, a);
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < a.size(); i++) {
            List<Point2D.Double> ra = a.get(i);
            List<Point2D.Double> rb = b.get(i);
            for (int k = 0; k < POINTS; k++) {
                double x = ra.get(k).x + (rb.get(k).x - ra.get(k).x) * p;
                double y = ra.get(k).y + (rb.get(k).y - ra.get(k).y) * p;
                if (k == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
        }
        double fill = (isWriting(morph.from()) ? 1 - p : 0) + (isWriting(morph.to()) ? p : 0);
        if (fill > 0) {
            g.setColor(Palette.withAlpha(color, color.getAlpha() / 255.0 * fill));
            g.fill(path);
        }
        if (fill < 1) {
            g.setColor(Palette.withAlpha(color, color.getAlpha() / 255.0 * (1 - fill)));
            g.setStroke(geometry.stroke(style));
            g.draw(path);
        }
    }

    /** A figure's outline in pixels: geometry as its stroke path, writing as its glyphs. */
    private Shape outline(Figure figure, Color color) {
        if (isWriting(figure)) {
            Path2D.Double all = new Path2D.Double();
            text.glyphs(figure, color, palette).forEach(piece -> all.append(piece.shape(), false));
            return all;
        }
        return geometry.outline(figure);
    }

    /** Each closed or open run of the outline, resampled to the same number of points. */
    private static List<List<Point2D.Double>> runs(Shape shape) {
        List<List<Point2D.Double>> runs = new ArrayList<>();
        List<Point2D.Double> run = null;
        double[] c = new double[6];
        Point2D.Double start = null;
        for (PathIterator it = shape.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                if (run != null && run.size() > 1) {
                    runs.add(resample(run));
                }
                run = new ArrayList<>();
                start = new Point2D.Double(c[0], c[1]);
                run.add(start);
            } else if (run != null) {
                run.add(type == PathIterator.SEG_CLOSE ? start : new Point2D.Double(c[0], c[1]));
            }
        }
        if (run != null && run.size() > 1) {
            runs.add(resample(run));
        }
        return runs;
    }

    private static List<Point2D.Double> resample(List<Point2D.Double> run) {
        double total = 0;
        for (int i = 1; i < run.size(); i++) {
            total += run.get(i).distance(run.get(i - 1));
        }
        List<Point2D.Double> out = new ArrayList<>();
        int segment = 1;
        double walked = 0;
        for (int k = 0; k < POINTS; k++) {
            double wanted = total * k / (POINTS - 1);
            while (segment < run.size() - 1 && walked + run.get(segment).distance(run.get(segment - 1)) < wanted) {
                walked += run.get(segment).distance(run.get(segment - 1));
                segment++;
            }
            Point2D.Double a = run.get(segment - 1);
            Point2D.Double b = run.get(Math.min(segment, run.size() - 1));
            double step = a.distance(b);
            double f = step == 0 ? 0 : Math.max(0, Math.min(1, (wanted - walked) / step));
            out.add(new Point2D.Double(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f));
        }
        return out;
    }

    /** Gives {@code fewer} as many runs as {@code more}: the extra ones start as a point at its centre. */
    private static void pad(List<List<Point2D.Double>> fewer, List<List<Point2D.Double>> more) {
        Point2D.Double center = new Point2D.Double();
        int n = 0;
        for (List<Point2D.Double> run : fewer.isEmpty() ? more : fewer) {
            for (Point2D.Double p : run) {
                center.x += p.x;
                center.y += p.y;
                n++;
            }
        }
        if (n > 0) {
            center.x /= n;
            center.y /= n;
        }
        while (fewer.size() < more.size()) {
            List<Point2D.Double> point = new ArrayList<>();
            for (int k = 0; k < POINTS; k++) {
                point.add(new Point2D.Double(center.x, center.y));
            }
            fewer.add(point);
        }
    }

    /** Shared glyphs slide; the others fade. A glyph is shared when its outline has the same form. */
    private void glyphs(Figure.Morph morph, Color from, Color to, double p) {
        List<OutlineRecorder.Piece> a = text.glyphs(morph.from(), from, palette);
        List<OutlineRecorder.Piece> b = text.glyphs(morph.to(), to, palette);
        List<String> formsA = a.stream().map(piece -> form(piece.shape())).toList();
        List<String> formsB = b.stream().map(piece -> form(piece.shape())).toList();
        Map<String, List<Integer>> unused = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            unused.computeIfAbsent(formsA.get(i), k -> new ArrayList<>()).add(i);
        }
        boolean[] moved = new boolean[a.size()];
        for (int j = 0; j < b.size(); j++) {
            OutlineRecorder.Piece target = b.get(j);
            List<Integer> candidates = unused.get(formsB.get(j));
            if (candidates != null && !candidates.isEmpty()) {
                // Prefer the glyph that follows the same glyph (the 2 of a² goes with a², not with c²).
                String before = j > 0 ? formsB.get(j - 1) : "";
                int pick = 0;
                for (int c = 0; c < candidates.size(); c++) {
                    int i = candidates.get(c);
                    if ((i > 0 ? formsA.get(i - 1) : "").equals(before)) {
                        pick = c;
                        break;
                    }
                }
                int i = candidates.remove(pick);
                moved[i] = true;
                Rectangle2D src = a.get(i).shape().getBounds2D();
                Rectangle2D dst = target.shape().getBounds2D();
                AffineTransform slide = AffineTransform.getTranslateInstance((dst.getX() - src.getX()) * p,
                        (dst.getY() - src.getY()) * p);
                g.setColor(blend(a.get(i).color(), target.color(), p));
                g.fill(slide.createTransformedShape(a.get(i).shape()));
            } else {
                g.setColor(Palette.withAlpha(target.color(), target.color().getAlpha() / 255.0 * p));
                g.fill(target.shape());
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (!moved[i]) {
                Color c = a.get(i).color();
                g.setColor(Palette.withAlpha(c, c.getAlpha() / 255.0 * (1 - p)));
                g.fill(a.get(i).shape());
            }
        }
    }

    /** A glyph's form, whatever its place: its outline moved to the origin, rounded to a tenth of a pixel. */
    private static String form(Shape shape) {
        Rectangle2D bounds = shape.getBounds2D();
        StringBuilder out = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            out.append(type);
            int coordinates = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                case PathIterator.SEG_QUADTO -> 4;
                case PathIterator.SEG_CUBICTO -> 6;
                default -> 0;
            };
            for (int k = 0; k < coordinates; k += 2) {
                out.append(String.format(Locale.ROOT, " %.1f %.1f", c[k] - bounds.getX(), c[k + 1] - bounds.getY()));
            }
            out.append(';');
        }
        return out.toString();
    }

    static Color blend(Color a, Color b, double p) {
        double q = Math.max(0, Math.min(1, p));
        return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * q),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * q),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * q),
                (int) Math.round(a.getAlpha() + (b.getAlpha() - a.getAlpha()) * q));
    }
}
