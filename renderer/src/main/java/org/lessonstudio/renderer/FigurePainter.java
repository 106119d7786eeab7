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
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Tint;
import org.lessonstudio.timeline.frame.Vec;

/**
 * Draws every kind of figure, one method per kind ({@link Figure.Visitor}): geometry is turned
 * into a path in pixels whose stroke {@code draw} reveals by length, closed shapes are shaded
 * lightly when they have a fill; writing, pictures, footage and morphs go to their own painters.
 * A new kind of figure does not compile until it is painted here.
 */
final class FigurePainter implements Figure.Visitor<Void> {


    private final Graphics2D g;
    private final Projection projection;
    private final TextPainter text;
    private final Palette palette;
    private final FootageFrames footage;

    /** The item being painted: its style, colours, opacity and how much of it is revealed. */
    private Style style;
    private Color color;
    private Color fill;
    private double opacity;
    private double reveal;
    private Tint tint;

    FigurePainter(Graphics2D g, Projection projection, TextPainter text, Palette palette, FootageFrames footage) {
        this.g = g;
        this.projection = projection;
        this.text = text;
        this.palette = palette;
        this.footage = footage;
    }

    /** Paints one item of a frame, in its colours (tinted while its colour changes). */
    void paint(Item item) {
        style = item.style();
        opacity = item.appearance().opacity() * style.opacity();
        reveal = item.appearance().reveal();
        tint = item.tint();
        color = tinted(style.color(), item.tint());
        fill = style.fill() == null ? null : tinted(style.fill(), item.fillTint());
        item.figure().accept(this);
    }

    private Color tinted(org.lessonstudio.dsl.model.ColorName base, Tint tint) {
        Color plain = palette.color(base, opacity);
        return tint.isNone() ? plain : MorphPainter.blend(plain, palette.color(tint.color(), opacity), tint.amount());
    }

    @Override
    public Void axes(Figure.Axes a) {
        Color grid = a.gridColor() == null ? null : palette.color(a.gridColor(), opacity);
        new AxesPainter(g, projection, text, this).axes(a, style, color, grid, reveal);
        return null;
    }

    @Override
    public Void numberLine(Figure.NumberLine n) {
        new AxesPainter(g, projection, text, this).numberLine(n, style, color, reveal);
        return null;
    }

    @Override
    public Void circle(Figure.Circle c) {
        Point2D.Double p = projection.toPixels(c.center());
        // Axes with a size of their own stretch each axis to its own scale: a circle follows them.
        double rx = c.radius() * projection.scaleX();
        double ry = c.radius() * projection.scaleY();
        closed(new Arc2D.Double(p.x - rx, p.y - ry, 2 * rx, 2 * ry, 0, 360, Arc2D.OPEN),
                new Ellipse2D.Double(p.x - rx, p.y - ry, 2 * rx, 2 * ry), style, color, fill, reveal);
        return null;
    }

    @Override
    public Void ellipse(Figure.Ellipse e) {
        Point2D.Double p = projection.toPixels(e.center());
        double rx = e.rx() * projection.scaleX();
        double ry = e.ry() * projection.scaleY();
        closed(new Arc2D.Double(p.x - rx, p.y - ry, 2 * rx, 2 * ry, 0, 360, Arc2D.OPEN),
                new Ellipse2D.Double(p.x - rx, p.y - ry, 2 * rx, 2 * ry), style, color, fill, reveal);
        return null;
    }

    @Override
    public Void arc(Figure.Arc a) {
        Point2D.Double c = projection.toPixels(a.center());
        double rx = a.radius() * projection.scaleX();
        double ry = a.radius() * projection.scaleY();
        double start = Math.toDegrees(a.start());
        double sweep = Math.toDegrees(a.sweep());
        Arc2D.Double outline = new Arc2D.Double(c.x - rx, c.y - ry, 2 * rx, 2 * ry, start, sweep,
                a.sector() ? Arc2D.PIE : Arc2D.OPEN);
        closed(outline, new Arc2D.Double(c.x - rx, c.y - ry, 2 * rx, 2 * ry, start, sweep, Arc2D.PIE), style, color,
                a.sector() ? fill : null, reveal);
        return null;
    }

    @Override
    public Void dot(Figure.Dot dot) {
        if (!Double.isFinite(dot.position().x()) || !Double.isFinite(dot.position().y())) {
            return null;
        }
        Point2D.Double p = projection.toPixels(dot.position());
        double r = style.thickness() * projection.unit() * Math.min(1, reveal * 1.5);
        g.setColor(color);
        g.fill(new Ellipse2D.Double(p.x - r, p.y - r, 2 * r, 2 * r));
        text.places().obstacle(new Rectangle2D.Double(p.x - r, p.y - r, 2 * r, 2 * r));
        if (!dot.label().isEmpty()) {
            double offset = 0.32 * projection.unit();
            text.labelNear(dot.label(), p, offset * 0.8, -offset * 0.8, color);
        }
        return null;
    }

    @Override
    public Void segment(Figure.Segment segment) {
        Point2D.Double a = projection.toPixels(segment.from());
        Point2D.Double b = projection.toPixels(segment.to());
        double length = a.distance(b);
        if (length < 0.5 || !Double.isFinite(length)) {
            return null;
        }
        if (!segment.arrow()) {
            stroke(new Line2D.Double(a, b), style, color, reveal);
            return null;
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
        text.places().obstacle(tip.getBounds2D());
        return null;
    }

    @Override
    public Void polygon(Figure.Polygon p) {
        Path2D.Double path = path(p.corners(), true);
        closed(path, path, style, color, fill, reveal);
        return null;
    }

    @Override
    public Void angleMark(Figure.AngleMark mark) {
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
            text.places().obstacle(square.getBounds2D());
        } else if (sweep > 1e-4) {
            g.draw(new Arc2D.Double(c.x - r, c.y - r, 2 * r, 2 * r, Math.toDegrees(mark.startAngle()),
                    Math.toDegrees(sweep), Arc2D.OPEN));
            // the arc, as a few small boxes along it: labels keep off the mark itself
            double dot = 0.04 * projection.unit();
            for (int k = 0; k <= 6; k++) {
                double a = mark.startAngle() + sweep * k / 6;
                text.places().obstacle(new Rectangle2D.Double(c.x + Math.cos(a) * r - dot, c.y - Math.sin(a) * r - dot,
                        2 * dot, 2 * dot));
            }
        }
        if (!mark.label().isEmpty() && sweep > 1e-4) {
            double labelOpacity = Math.max(0, Math.min(1, sweep / 0.35));
            double middle = mark.startAngle() + sweep / 2;
            double distance = r + 0.28 * projection.unit();
            Color faded = Palette.withAlpha(color, color.getAlpha() / 255.0 * labelOpacity);
            text.label(mark.label(), angleSpots(c, middle, sweep, distance), faded);
        }
        return null;
    }

    /**
     * An angle's label: in the middle of the angle just beyond its arc, then farther out along the
     * middle, then toward either arm, then anywhere around the vertex.
     */
    private List<LabelPlaces.Spot> angleSpots(Point2D.Double c, double middle, double sweep, double distance) {
        List<LabelPlaces.Spot> spots = new java.util.ArrayList<>();
        double unit = projection.unit();
        for (double d : new double[] {distance, distance + 0.25 * unit, distance + 0.5 * unit}) {
            for (double turn : new double[] {0, 0.3, -0.3}) {
                double a = middle + turn * Math.abs(sweep);
                spots.add(new LabelPlaces.Spot(c.x + Math.cos(a) * d, c.y - Math.sin(a) * d, 0, 0));
            }
        }
        return spots;
    }

    /** A brace's label: beyond its tip, then farther beyond, then slid along the brace either way. */
    private static List<LabelPlaces.Spot> braceSpots(double mx, double my, double ux, double uy, double nx, double ny,
                                                     double away, double length) {
        List<LabelPlaces.Spot> spots = new java.util.ArrayList<>();
        for (double far : new double[] {1, 1.6, 2.2}) {
            for (double along : new double[] {0, 0.25, -0.25}) {
                spots.add(new LabelPlaces.Spot(mx + nx * away * far + ux * along * length,
                        my + ny * away * far + uy * along * length, 0, 0));
            }
        }
        return spots;
    }

    @Override
    public Void polyline(Figure.Polyline p) {
        Path2D.Double path = new Path2D.Double();
        p.runs().forEach(run -> path.append(path(run, false), false));
        stroke(path, style, color, reveal);
        return null;
    }

    @Override
    public Void area(Figure.Area a) {
        Path2D.Double path = new Path2D.Double();
        a.outlines().forEach(outline -> path.append(path(outline, true), false));
        Color shade = fill != null ? fill : color;
        g.setColor(Palette.withAlpha(shade, shade.getAlpha() / 255.0 * style.fillOpacity() * reveal));
        g.fill(path);
        return null;
    }

    /** A curly brace bulging to the right of from → to (below a left-to-right brace), label beyond its tip. */
    @Override
    public Void brace(Figure.Brace brace) {
        Point2D.Double a = projection.toPixels(brace.from());
        Point2D.Double b = projection.toPixels(brace.to());
        double length = a.distance(b);
        if (length < 1) {
            return null;
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
            text.label(brace.label(), braceSpots(mx, my, ux, uy, nx, ny, away, length), faded);
        }
        return null;
    }

    @Override
    public Void text(Figure.Text t) {
        text.text(t, color, reveal);
        return null;
    }

    @Override
    public Void tex(Figure.Tex t) {
        text.tex(t, color, reveal, palette);
        return null;
    }

    @Override
    public Void table(Figure.Table t) {
        text.table(t, color, reveal);
        return null;
    }

    @Override
    public Void image(Figure.Image i) {
        Images.draw(g, text, i, opacity, reveal);
        return null;
    }

    @Override
    public Void title(Figure.Title t) {
        text.title(t, color, palette.color(org.lessonstudio.dsl.model.ColorName.YELLOW), opacity, reveal);
        return null;
    }

    @Override
    public Void footage(Figure.Footage f) {
        new FootagePainter(g, text, projection, palette).paint(f, footage.picture(f), opacity);
        return null;
    }

    @Override
    public Void morph(Figure.Morph m) {
        Color plain = palette.color(style.color(), opacity);
        new MorphPainter(g, this, text, palette).paint(m, style, plain,
                tint.isNone() ? plain : palette.color(tint.color(), opacity));
        return null;
    }

    /** The frame marking the part a magnifier shows; the picture itself is {@link MagnifierPainter}'s. */
    @Override
    public Void magnifier(Figure.Magnifier m) {
        stroke(path(m.outline(), false), style, color, reveal);
        return null;
    }

    /** Each bar drawn and shaded like a rectangle, its name under its foot. */
    @Override
    public Void frame(Figure.Frame f) {
        Rectangle2D box = frameBox(f);
        if (box != null) {
            stroke(box, style, color, reveal);
        }
        return null;
    }

    /** The box around a frame's figure (or around the part of its formula), a little away from it, in pixels. */
    Rectangle2D frameBox(Figure.Frame f) {
        double pad = 0.12 * projection.unit();
        Rectangle2D inner = f.part() != null && f.target() instanceof Figure.Tex tex ? text.partBounds(tex, f.part())
                : null;
        if (inner == null) {
            org.lessonstudio.timeline.frame.Box box = f.target().box(projection.screen());
            if (box.isEmpty()) {
                return null;
            }
            Point2D.Double a = projection.toPixels(new org.lessonstudio.timeline.frame.Vec(box.minX(), box.minY()));
            Point2D.Double b = projection.toPixels(new org.lessonstudio.timeline.frame.Vec(box.maxX(), box.maxY()));
            inner = new Rectangle2D.Double(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(b.x - a.x),
                    Math.abs(b.y - a.y));
        }
        return new Rectangle2D.Double(inner.getX() - pad, inner.getY() - pad, inner.getWidth() + 2 * pad,
                inner.getHeight() + 2 * pad);
    }

    @Override
    public Void region(Figure.Region r) {
        java.awt.geom.Area made = combined(r);
        closed(made, made, style, color, fill, reveal);
        return null;
    }

    /** The two outlines as Java2D areas, combined as the region says. */
    java.awt.geom.Area combined(Figure.Region r) {
        java.awt.geom.Area first = new java.awt.geom.Area(path(r.first(), true));
        java.awt.geom.Area second = new java.awt.geom.Area(path(r.second(), true));
        switch (r.combine()) {
            case UNION -> first.add(second);
            case INTERSECTION -> first.intersect(second);
            case DIFFERENCE -> first.subtract(second);
            case EXCLUSION -> first.exclusiveOr(second);
        }
        return first;
    }

    @Override
    public Void heatMap(Figure.HeatMap h) {
        List<Color> stops = h.colors().stream().map(c -> palette.color(c)).toList();
        new HeatMapPainter(g, projection, text).paint(h, stops, color, opacity * reveal);
        return null;
    }

    /** The figure painted unbent onto a recorder, in this item's colours, then every outline bent. */
    @Override
    public Void warped(Figure.Warped w) {
        OutlineRecorder recorder = new OutlineRecorder();
        recorder.setRenderingHints(g.getRenderingHints());
        TextPainter writing = new TextPainter(recorder, projection);
        FigurePainter unbent = new FigurePainter(recorder, projection, writing, palette, footage);
        unbent.style = style;
        unbent.opacity = opacity;
        unbent.reveal = reveal;
        unbent.tint = tint;
        unbent.color = color;
        unbent.fill = fill;
        w.base().accept(unbent);
        writing.finish(); // its labels too (a point's name, an axis's), so they bend with it rather than vanish
        new WarpPainter(g, projection).paint(w, recorder.pieces());
        return null;
    }

    @Override
    public Void barChart(Figure.BarChart chart) {
        for (int i = 0; i < chart.bars().size(); i++) {
            Path2D.Double bar = path(chart.bars().get(i), true);
            closed(bar, bar, style, color, fill, reveal);
            if (i < chart.names().size() && !chart.names().get(i).isEmpty() && reveal > 0.5) {
                Color faded = Palette.withAlpha(color, color.getAlpha() / 255.0 * Math.min(1, (reveal - 0.5) * 2));
                Point2D.Double foot = projection.toPixels(chart.feet().get(i));
                text.label(chart.names().get(i), List.of(new LabelPlaces.Spot(foot.x, foot.y + 0.35 * projection.unit(), 0, 0),
                        new LabelPlaces.Spot(foot.x, foot.y + 0.75 * projection.unit(), 0, 0)), faded);
            }
        }
        return null;
    }

    /** The figure's outline in pixels, as its stroke would follow it (for morphs). */
    Shape outline(Figure figure) {
        return figure.accept(new Outline());
    }

    /** Each kind's outline in pixels; writing and pictures have none here (morphs take glyphs). */
    private final class Outline implements Figure.Visitor<Shape> {
        private final Path2D.Double none = new Path2D.Double();

        @Override
        public Shape axes(Figure.Axes f) {
            return none;
        }

        @Override
        public Shape numberLine(Figure.NumberLine f) {
            return none;
        }

        @Override
        public Shape circle(Figure.Circle c) {
            Point2D.Double p = projection.toPixels(c.center());
            double rx = c.radius() * projection.scaleX();
            double ry = c.radius() * projection.scaleY();
            return new Arc2D.Double(p.x - rx, p.y - ry, 2 * rx, 2 * ry, 0, 360, Arc2D.OPEN);
        }

        @Override
        public Shape ellipse(Figure.Ellipse e) {
            Point2D.Double p = projection.toPixels(e.center());
            double rx = e.rx() * projection.scaleX();
            double ry = e.ry() * projection.scaleY();
            return new Arc2D.Double(p.x - rx, p.y - ry, 2 * rx, 2 * ry, 0, 360, Arc2D.OPEN);
        }

        @Override
        public Shape arc(Figure.Arc a) {
            Point2D.Double c = projection.toPixels(a.center());
            double rx = a.radius() * projection.scaleX();
            double ry = a.radius() * projection.scaleY();
            return new Arc2D.Double(c.x - rx, c.y - ry, 2 * rx, 2 * ry, Math.toDegrees(a.start()),
                    Math.toDegrees(a.sweep()), a.sector() ? Arc2D.PIE : Arc2D.OPEN);
        }

        @Override
        public Shape dot(Figure.Dot d) {
            Point2D.Double p = projection.toPixels(d.position());
            double r = 0.08 * projection.unit();
            return new Ellipse2D.Double(p.x - r, p.y - r, 2 * r, 2 * r);
        }

        @Override
        public Shape segment(Figure.Segment s) {
            return new Line2D.Double(projection.toPixels(s.from()), projection.toPixels(s.to()));
        }

        @Override
        public Shape polygon(Figure.Polygon p) {
            return path(p.corners(), true);
        }

        @Override
        public Shape angleMark(Figure.AngleMark m) {
            Point2D.Double c = projection.toPixels(m.vertex());
            double r = m.radius() * projection.scale();
            return new Arc2D.Double(c.x - r, c.y - r, 2 * r, 2 * r, Math.toDegrees(m.startAngle()),
                    Math.toDegrees(m.sweep()), Arc2D.OPEN);
        }

        @Override
        public Shape polyline(Figure.Polyline p) {
            Path2D.Double path = new Path2D.Double();
            p.runs().forEach(run -> path.append(path(run, false), false));
            return path;
        }

        @Override
        public Shape area(Figure.Area a) {
            Path2D.Double path = new Path2D.Double();
            a.outlines().forEach(o -> path.append(path(o, true), false));
            return path;
        }

        @Override
        public Shape brace(Figure.Brace b) {
            return bracePath(projection.toPixels(b.from()), projection.toPixels(b.to()));
        }

        @Override
        public Shape text(Figure.Text f) {
            return none;
        }

        @Override
        public Shape tex(Figure.Tex f) {
            return none;
        }

        @Override
        public Shape table(Figure.Table f) {
            return none;
        }

        @Override
        public Shape image(Figure.Image f) {
            return none;
        }

        @Override
        public Shape title(Figure.Title f) {
            return none;
        }

        @Override
        public Shape footage(Figure.Footage f) {
            return none;
        }

        @Override
        public Shape morph(Figure.Morph f) {
            return none;
        }

        @Override
        public Shape frame(Figure.Frame f) {
            Rectangle2D box = frameBox(f);
            return box == null ? none : box;
        }

        @Override
        public Shape magnifier(Figure.Magnifier m) {
            return path(m.outline(), true);
        }

        @Override
        public Shape region(Figure.Region f) {
            return combined(f);
        }

        @Override
        public Shape heatMap(Figure.HeatMap f) {
            return path(f.outline(), true);
        }

        @Override
        public Shape warped(Figure.Warped f) {
            return path(f.outline(), false);
        }

        @Override
        public Shape barChart(Figure.BarChart f) {
            Path2D.Double all = new Path2D.Double();
            f.bars().forEach(bar -> all.append(path(bar, true), false));
            return all;
        }
    }

    BasicStroke stroke(Style style) {
        return stroke(style, projection.unit());
    }

    /** The pen for a style, at {@code unit} pixels to the screen unit. */
    static BasicStroke stroke(Style style, double unit) {
        float width = (float) (style.thickness() * unit);
        if (style.dashed()) {
            float dash = (float) (0.14 * unit);
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {dash, dash * 0.7f}, 0f);
        }
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    void stroke(Shape path, Style style, Color color, double reveal) {
        BasicStroke pen = stroke(style);
        g.setStroke(pen);
        g.setColor(color);
        Shape drawn = PartialPath.of(path, reveal);
        g.draw(drawn);
        if (color.getAlpha() > 0) {
            text.places().along(drawn, pen.getLineWidth());
        }
    }

    /** A closed outline: its shading fades in as its stroke is drawn. */
    private void closed(Shape outline, Shape area, Style style, Color color, Color fill, double reveal) {
        if (fill != null) {
            g.setColor(Palette.withAlpha(fill, fill.getAlpha() / 255.0 * style.fillOpacity() * reveal));
            g.fill(area);
        }
        stroke(outline, style, color, reveal);
    }

    Path2D.Double path(List<Vec> points, boolean close) {
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
}
