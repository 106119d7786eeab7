package org.lessonstudio.renderer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Vec;

/** Draws the geometric figures: axes, circles, dots, segments, angle marks and curves. */
final class GeometryPainter {

    private final Graphics2D g;
    private final Projection projection;
    private final TextPainter text;

    GeometryPainter(Graphics2D g, Projection projection, TextPainter text) {
        this.g = g;
        this.projection = projection;
        this.text = text;
    }

    private BasicStroke stroke(Style style) {
        float width = (float) (style.thickness() * projection.unit());
        if (style.dashed()) {
            float dash = (float) (0.14 * projection.unit());
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {dash, dash * 0.7f}, 0f);
        }
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private void strokeRevealed(Shape path, Style style, Color color, double reveal) {
        g.setStroke(stroke(style));
        g.setColor(color);
        g.draw(PartialPath.of(path, reveal));
    }

    void axes(Figure.Axes axes, Style style, Color color, double reveal) {
        double y0 = clamp(0, axes.yMin(), axes.yMax());
        double x0 = clamp(0, axes.xMin(), axes.xMax());
        Path2D.Double lines = new Path2D.Double();
        lines.moveTo(projection.px(axes.xMin()), projection.py(y0));
        lines.lineTo(projection.px(axes.xMax()), projection.py(y0));
        lines.moveTo(projection.px(x0), projection.py(axes.yMin()));
        lines.lineTo(projection.px(x0), projection.py(axes.yMax()));
        strokeRevealed(lines, style, color, reveal);

        double finish = clamp((reveal - 0.6) / 0.4, 0, 1);
        if (finish <= 0) {
            return;
        }
        Color faded = Palette.withAlpha(color, color.getAlpha() / 255.0 * finish);
        g.setColor(faded);
        g.setStroke(stroke(style));
        double tick = 0.09 * projection.unit();
        for (long x = (long) Math.ceil(axes.xMin()); x <= axes.xMax() - 0.2; x++) {
            if (x != 0) {
                double px = projection.px(x);
                g.draw(new Line2D.Double(px, projection.py(y0) - tick, px, projection.py(y0) + tick));
            }
        }
        for (long y = (long) Math.ceil(axes.yMin()); y <= axes.yMax() - 0.2; y++) {
            if (y != 0) {
                double py = projection.py(y);
                g.draw(new Line2D.Double(projection.px(x0) - tick, py, projection.px(x0) + tick, py));
            }
        }
        double head = 0.2 * projection.unit();
        arrowHead(projection.px(axes.xMax()), projection.py(y0), 1, 0, head);
        arrowHead(projection.px(x0), projection.py(axes.yMax()), 0, -1, head);
    }

    private void arrowHead(double x, double y, double dx, double dy, double size) {
        Path2D.Double head = new Path2D.Double();
        head.moveTo(x + dx * size * 0.4, y + dy * size * 0.4);
        head.lineTo(x - dx * size * 0.6 - dy * size * 0.45, y - dy * size * 0.6 + dx * size * 0.45);
        head.lineTo(x - dx * size * 0.6 + dy * size * 0.45, y - dy * size * 0.6 - dx * size * 0.45);
        head.closePath();
        g.fill(head);
    }

    void circle(Figure.Circle circle, Style style, Color color, Color fill, double reveal) {
        Point2D.Double c = projection.toPixels(circle.center());
        double r = circle.radius() * projection.scale();
        Arc2D.Double arc = new Arc2D.Double(c.x - r, c.y - r, 2 * r, 2 * r, 0, 360, Arc2D.OPEN);
        if (fill != null) {
            g.setColor(Palette.withAlpha(fill, fill.getAlpha() / 255.0 * 0.35 * reveal));
            g.fill(new Ellipse2D.Double(c.x - r, c.y - r, 2 * r, 2 * r));
        }
        strokeRevealed(arc, style, color, reveal);
    }

    void dot(Figure.Dot dot, Style style, Color color, double reveal) {
        Point2D.Double p = projection.toPixels(dot.position());
        double r = style.thickness() * projection.unit() * Math.min(1, reveal * 1.5);
        g.setColor(color);
        g.fill(new Ellipse2D.Double(p.x - r, p.y - r, 2 * r, 2 * r));
        if (!dot.label().isEmpty()) {
            double offset = 0.32 * projection.unit();
            text.label(dot.label(), p, offset * 0.8, -offset * 0.8, color);
        }
    }

    void segment(Figure.Segment segment, Style style, Color color, double reveal) {
        Point2D.Double a = projection.toPixels(segment.from());
        Point2D.Double b = projection.toPixels(segment.to());
        if (a.distance(b) < 0.5) {
            return;
        }
        strokeRevealed(new Line2D.Double(a, b), style, color, reveal);
    }

    void angle(Figure.AngleMark mark, Style style, Color color, double reveal) {
        double sweep = mark.sweep() * reveal;
        if (sweep < 1e-4) {
            return;
        }
        Point2D.Double c = projection.toPixels(mark.vertex());
        double r = mark.radius() * projection.scale();
        Arc2D.Double arc = new Arc2D.Double(c.x - r, c.y - r, 2 * r, 2 * r, Math.toDegrees(mark.startAngle()),
                Math.toDegrees(sweep), Arc2D.OPEN);
        g.setStroke(stroke(style));
        g.setColor(color);
        g.draw(arc);
        if (!mark.label().isEmpty()) {
            double labelOpacity = clamp(sweep / 0.35, 0, 1);
            double middle = mark.startAngle() + sweep / 2;
            double distance = r + 0.28 * projection.unit();
            Color faded = Palette.withAlpha(color, color.getAlpha() / 255.0 * labelOpacity);
            text.label(mark.label(), c, Math.cos(middle) * distance, -Math.sin(middle) * distance, faded);
        }
    }

    void polyline(Figure.Polyline line, Style style, Color color, double reveal) {
        Path2D.Double path = new Path2D.Double();
        for (List<Vec> run : line.runs()) {
            boolean first = true;
            for (Vec v : run) {
                if (first) {
                    path.moveTo(projection.px(v.x()), projection.py(v.y()));
                    first = false;
                } else {
                    path.lineTo(projection.px(v.x()), projection.py(v.y()));
                }
            }
        }
        strokeRevealed(path, style, color, reveal);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
