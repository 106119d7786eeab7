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

/**
 * Draws the geometric figures. Each is turned into a path in pixels; {@code draw} reveals the path's
 * stroke by length; closed shapes are shaded lightly when they have a fill.
 */
final class GeometryPainter {

    /** How strongly fills are shaded, so lines drawn over them stay readable. */
    private static final double FILL_ALPHA = 0.35;

    private final Graphics2D g;
    private final Projection projection;
    private final TextPainter text;

    GeometryPainter(Graphics2D g, Projection projection, TextPainter text) {
        this.g = g;
        this.projection = projection;
        this.text = text;
    }

    void paint(Figure figure, Style style, Color color, Color fill, double reveal) {
        if (figure instanceof Figure.Axes a) {
            new AxesPainter(g, projection, text, this).axes(a, style, color, reveal);
        } else if (figure instanceof Figure.NumberLine n) {
            new AxesPainter(g, projection, text, this).numberLine(n, style, color, reveal);
        } else if (figure instanceof Figure.Circle c) {
            Point2D.Double p = projection.toPixels(c.center());
            double r = c.radius() * projection.scale();
            closed(new Arc2D.Double(p.x - r, p.y - r, 2 * r, 2 * r, 0, 360, Arc2D.OPEN),
                    new Ellipse2D.Double(p.x - r, p.y - r, 2 * r, 2 * r), style, color, fill, reveal);
        } else if (figure instanceof Figure.Ellipse e) {
            Point2D.Double p = projection.toPixels(e.center());
            double rx = e.rx() * projection.scale();
            double ry = e.ry() * projection.scale();
            closed(new Arc2D.Double(p.x - rx, p.y - ry, 2 * rx, 2 * ry, 0, 360, Arc2D.OPEN),
                    new Ellipse2D.Double(p.x - rx, p.y - ry, 2 * rx, 2 * ry), style, color, fill, reveal);
        } else if (figure instanceof Figure.Arc a) {
            arc(a, style, color, fill, reveal);
        } else if (figure instanceof Figure.Dot d) {
            dot(d, style, color, reveal);
        } else if (figure instanceof Figure.Segment s) {
            segment(s, style, color, reveal);
        } else if (figure instanceof Figure.Polygon p) {
            Path2D.Double path = polyline(p.corners(), true);
            closed(path, path, style, color, fill, reveal);
        } else if (figure instanceof Figure.AngleMark m) {
            angle(m, style, color, reveal);
        } else if (figure instanceof Figure.Polyline p) {
            Path2D.Double path = new Path2D.Double();
            p.runs().forEach(run -> path.append(polyline(run, false), false));
            stroke(path, style, color, reveal);
        } else if (figure instanceof Figure.Area a) {
            Path2D.Double path = new Path2D.Double();
            a.outlines().forEach(outline -> path.append(polyline(outline, true), false));
            Color shade = fill != null ? fill : color;
            g.setColor(Palette.withAlpha(shade, shade.getAlpha() / 255.0 * 0.45 * reveal));
            g.fill(path);
        } else if (figure instanceof Figure.Brace b) {
            brace(b, style, color, reveal);
        }
    }

    /** The figure's outline in pixels, as its stroke would follow it (for morphs). */
    Shape outline(Figure figure) {
        if (figure instanceof Figure.Circle c) {
            Point2D.Double p = projection.toPixels(c.center());
            double r = c.radius() * projection.scale();
            return new Arc2D.Double(p.x - r, p.y - r, 2 * r, 2 * r, 0, 360, Arc2D.OPEN);
        }
        if (figure instanceof Figure.Ellipse e) {
            Point2D.Double p = projection.toPixels(e.center());
            double rx = e.rx() * projection.scale();
            double ry = e.ry() * projection.scale();
            return new Arc2D.Double(p.x - rx, p.y - ry, 2 * rx, 2 * ry, 0, 360, Arc2D.OPEN);
        }
        if (figure instanceof Figure.Arc a) {
            Point2D.Double c = projection.toPixels(a.center());
            double r = a.radius() * projection.scale();
            return new Arc2D.Double(c.x - r, c.y - r, 2 * r, 2 * r, Math.toDegrees(a.start()),
                    Math.toDegrees(a.sweep()), a.sector() ? Arc2D.PIE : Arc2D.OPEN);
        }
        if (figure instanceof Figure.Segment s) {
            return new Line2D.Double(projection.toPixels(s.from()), projection.toPixels(s.to()));
        }
        if (figure instanceof Figure.Polygon p) {
            return polyline(p.corners(), true);
        }
        if (figure instanceof Figure.Polyline p) {
            Path2D.Double path = new Path2D.Double();
            p.runs().forEach(run -> path.append(polyline(run, false), false));
            return path;
        }
        if (figure instanceof Figure.Area a) {
            Path2D.Double path = new Path2D.Double();
            a.outlines().forEach(o -> path.append(polyline(o, true), false));
            return path;
        }
        if (figure instanceof Figure.AngleMark m) {
            Point2D.Double c = projection.toPixels(m.vertex());
            double r = m.radius() * projection.scale();
            return new Arc2D.Double(c.x - r, c.y - r, 2 * r, 2 * r, Math.toDegrees(m.startAngle()),
                    Math.toDegrees(m.sweep()), Arc2D.OPEN);
        }
        if (figure instanceof Figure.Brace b) {
            return bracePath(projection.toPixels(b.from()), projection.toPixels(b.to()));
        }
        if (figure instanceof Figure.Dot d) {
            Point2D.Double p = projection.toPixels(d.position());
            double r = 0.08 * projection.unit();
            return new Ellipse2D.Double(p.x - r, p.y - r, 2 * r, 2 * r);
        }
        return new Path2D.Double();
    }

    BasicStroke stroke(Style style) {
        float width = (float) (style.thickness() * projection.unit());
        if (style.dashed()) {
            float dash = (float) (0.14 * projection.unit());
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {dash, dash * 0.7f}, 0f);
        }
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    void stroke(Shape path, Style style, Color color, double reveal) {
        g.setStroke(stroke(style));
        g.setColor(color);
        g.draw(PartialPath.of(path, reveal));
    }

    /** A closed outline: its shading fades in as its stroke is drawn. */
    private void closed(Shape outline, Shape area, Style style, Color color, Color fill, double reveal) {
        if (fill != null) {
            g.setColor(Palette.withAlpha(fill, fill.getAlpha() / 255.0 * FILL_ALPHA * reveal));
            g.fill(area);
        }
        stroke(outline, style, color, reveal);
    }

    private Path2D.Double polyline(List<Vec> points, boolean close) {
        Path2D.Double path = new Path2D.Double();
        boolean first = true;
        for (Vec v : points) {
            if (!Double.isFinite(v.x()) || !Double.isFinite(v.y())) {
                continue;
            }
            if (first) {
                path.moveTo(projection.px(v.x()), projection.py(v.y()));
                first = false;
            } else {
                path.lineTo(projection.px(v.x()), projection.py(v.y()));
            }
        }
        if (close && !first) {
            path.closePath();
        }
        return path;
    }

    private void arc(Figure.Arc a, Style style, Color color, Color fill, double reveal) {
        Point2D.Double c = projection.toPixels(a.center());
        double r = a.radius() * projection.scale();
        double start = Math.toDegrees(a.start());
        double sweep = Math.toDegrees(a.sweep());
        Arc2D.Double outline = new Arc2D.Double(c.x - r, c.y - r, 2 * r, 2 * r, start, sweep,
                a.sector() ? Arc2D.PIE : Arc2D.OPEN);
        closed(outline, new Arc2D.Double(c.x - r, c.y - r, 2 * r, 2 * r, start, sweep, Arc2D.PIE), style, color,
                a.sector() ? fill : null, reveal);
    }

    private void dot(Figure.Dot dot, Style style, Color color, double reveal) {
        if (!Double.isFinite(dot.position().x()) || !Double.isFinite(dot.position().y())) {
            return;
        }
        Point2D.Double p = projection.toPixels(dot.position());
        double r = style.thickness() * projection.unit() * Math.min(1, reveal * 1.5);
        g.setColor(color);
        g.fill(new Ellipse2D.Double(p.x - r, p.y - r, 2 * r, 2 * r));
        if (!dot.label().isEmpty()) {
            double offset = 0.32 * projection.unit();
            text.label(dot.label(), p, offset * 0.8, -offset * 0.8, color);
        }
    }

    private void segment(Figure.Segment segment, Style style, Color color, double reveal) {
        Point2D.Double a = projection.toPixels(segment.from());
        Point2D.Double b = projection.toPixels(segment.to());
        double length = a.distance(b);
        if (length < 0.5 || !Double.isFinite(length)) {
            return;
        }
        if (!segment.arrow()) {
            stroke(new Line2D.Double(a, b), style, color, reveal);
            return;
        }
        double head = Math.min(length * 0.45, (0.16 + 2.2 * style.thickness()) * projection.unit());
        double ux = (b.x - a.x) / length;
        double uy = (b.y - a.y) / length;
        double tipX = a.x + (b.x - a.x) * reveal;
        double tipY = a.y + (b.y - a.y) * reveal;
        double shaftEnd = Math.max(0, length * reveal - head * 0.8);
        if (shaftEnd > 0) {
            stroke(new Line2D.Double(a.x, a.y, a.x + ux * shaftEnd, a.y + uy * shaftEnd), style, color, 1);
        }
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(tipX, tipY);
        tip.lineTo(tipX - ux * head - uy * head * 0.5, tipY - uy * head + ux * head * 0.5);
        tip.lineTo(tipX - ux * head + uy * head * 0.5, tipY - uy * head - ux * head * 0.5);
        tip.closePath();
        g.setColor(color);
        g.fill(tip);
    }

    private void angle(Figure.AngleMark mark, Style style, Color color, double reveal) {
        Point2D.Double c = projection.toPixels(mark.vertex());
        double r = mark.radius() * projection.scale();
        g.setStroke(stroke(style));
        g.setColor(color);
        double sweep = mark.sweep() * reveal;
        if (mark.right()) {
            double a = mark.startAngle();
            double b = mark.startAngle() + mark.sweep();
            double side = r * 0.7;
            Path2D.Double square = new Path2D.Double();
            square.moveTo(c.x + Math.cos(a) * side, c.y - Math.sin(a) * side);
            square.lineTo(c.x + (Math.cos(a) + Math.cos(b)) * side, c.y - (Math.sin(a) + Math.sin(b)) * side);
            square.lineTo(c.x + Math.cos(b) * side, c.y - Math.sin(b) * side);
            g.draw(PartialPath.of(square, reveal));
        } else if (sweep > 1e-4) {
            g.draw(new Arc2D.Double(c.x - r, c.y - r, 2 * r, 2 * r, Math.toDegrees(mark.startAngle()),
                    Math.toDegrees(sweep), Arc2D.OPEN));
        }
        if (!mark.label().isEmpty() && sweep > 1e-4) {
            double labelOpacity = Math.max(0, Math.min(1, sweep / 0.35));
            double middle = mark.startAngle() + sweep / 2;
            double distance = r + 0.28 * projection.unit();
            Color faded = Palette.withAlpha(color, color.getAlpha() / 255.0 * labelOpacity);
            text.label(mark.label(), c, Math.cos(middle) * distance, -Math.sin(middle) * distance, faded);
        }
    }

    /** The curve of a brace from a to b (pixels), its tip toward the right of the direction a → b. */
    private Path2D.Double bracePath(Point2D.Double a, Point2D.Double b) {
        double length = Math.max(1e-9, a.distance(b));
        double nx = -(b.y - a.y) / length;
        double ny = (b.x - a.x) / length;
        double depth = 0.22 * projection.unit();
        double mx = (a.x + b.x) / 2;
        double my = (a.y + b.y) / 2;
        Path2D.Double path = new Path2D.Double();
        path.moveTo(a.x, a.y);
        path.curveTo(a.x + nx * depth, a.y + ny * depth, mx + nx * depth * 0.2, my + ny * depth * 0.2,
                mx + nx * depth, my + ny * depth);
        path.curveTo(mx + nx * depth * 0.2, my + ny * depth * 0.2, b.x + nx * depth, b.y + ny * depth, b.x, b.y);
        return path;
    }

    /** A curly brace bulging to the right of from → to (below a left-to-right brace), label beyond its tip. */
    private void brace(Figure.Brace brace, Style style, Color color, double reveal) {
        Point2D.Double a = projection.toPixels(brace.from());
        Point2D.Double b = projection.toPixels(brace.to());
        double length = a.distance(b);
        if (length < 1) {
            return;
        }
        double ux = (b.x - a.x) / length;
        double uy = (b.y - a.y) / length;
        double nx = -uy;
        double ny = ux;
        double depth = 0.22 * projection.unit();
        double mx = (a.x + b.x) / 2;
        double my = (a.y + b.y) / 2;
        stroke(bracePath(a, b), style, color, reveal);
        if (!brace.label().isEmpty() && reveal > 0.5) {
            double away = depth + 0.35 * projection.unit();
            Color faded = Palette.withAlpha(color, color.getAlpha() / 255.0 * Math.min(1, (reveal - 0.5) * 2));
            text.label(brace.label(), new Point2D.Double(mx, my), nx * away, ny * away, faded);
        }
    }
}
