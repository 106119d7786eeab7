package org.lessonstudio.timeline.frame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.lessonstudio.dsl.model.Direction;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Placement;
import org.lessonstudio.dsl.model.Shape;

/** The longer pieces of building figures from objects: lines and rays, angles, curves, areas, tables, anchors. */
final class Building {

    /** Samples per unit of the parameter when drawing a curve; enough for a smooth line at 4K. */
    private static final int SAMPLES_PER_UNIT = 40;
    private static final int MAX_SAMPLES = 4000;
    /** Points on a round outline. */
    private static final int ROUND = 180;

    private Building() {
    }

    static Figure line(Shape.Line l, Values at) {
        Vec from = at.point(l.from());
        Vec to = at.point(l.to());
        if (l.kind() == Shape.LineKind.RAY) {
            Viewport viewport = at.viewport();
            Vec direction = to.minus(from);
            double length = direction.length();
            double far = 4 * Math.hypot(viewport.xMax() - viewport.xMin(), viewport.yMax() - viewport.yMin())
                    + from.length();
            to = length == 0 ? to : from.plus(direction.times(far / length));
        }
        return new Figure.Segment(from, to, l.kind() == Shape.LineKind.ARROW);
    }

    static Figure.Anchor anchor(Placement placement, Values at) {
        if (placement instanceof Placement.AtPoint p) {
            return new Figure.Anchor.InScene(at.point(p.point()));
        }
        if (placement instanceof Placement.OnScreenAt s) {
            return new Figure.Anchor.OnScreenAt(at.point(s.point()));
        }
        if (placement instanceof Placement.Beside b) {
            return new Figure.Anchor.Beside(b.object() == null ? at.point(b.point())
                    : at.figure(b.object()).box(at.screen()).edge(b.side()), b.side());
        }
        if (placement instanceof Placement.BesideTitle t) {
            return new Figure.Anchor.Beside(at.screen().toScene(Figure.Title.edge(t.side(), at.screen())), t.side());
        }
        return new Figure.Anchor.OnScreen(((Placement.OnScreen) placement).place());
    }

    static Figure angle(Shape.Angle a, Values at) {
        Vec vertex = at.point(a.vertex());
        double from = direction(a.from(), vertex, at);
        double to = direction(a.to(), vertex, at);
        double sweep = to - from;
        sweep -= 2 * Math.PI * Math.floor(sweep / (2 * Math.PI));
        return new Figure.AngleMark(vertex, a.radius(), from, sweep, a.label(), a.right());
    }

    private static double direction(Direction d, Vec vertex, Values at) {
        if (d instanceof Direction.AlongAxis axis) {
            return axis.axis() == Expr.Axis.X ? 0 : Math.PI / 2;
        }
        if (d instanceof Direction.Toward toward) {
            return at.point(toward.point()).minus(vertex).angle();
        }
        List<Vec> ends = at.figure(((Direction.AlongLine) d).line()).outline();
        Vec far = ends.get(0).minus(vertex).length() > ends.get(ends.size() - 1).minus(vertex).length()
                ? ends.get(0) : ends.get(ends.size() - 1);
        return far.minus(vertex).angle();
    }

    /** The point of a curve at a value of its parameter. */
    static Vec curvePoint(Shape.Curve c, Values at, double t) {
        return switch (c.form()) {
            case EXPLICIT -> new Vec(t, at.number(c.y(), t));
            case PARAMETRIC -> new Vec(at.number(c.x(), t), at.number(c.y(), t));
            case POLAR -> {
                double r = at.number(c.x(), t);
                yield new Vec(r * Math.cos(t), r * Math.sin(t));
            }
        };
    }

    static List<List<Vec>> sample(Shape.Curve c, Values at, double from, double to) {
        List<List<Vec>> runs = new ArrayList<>();
        if (!(to > from)) {
            return runs;
        }
        int n = (int) Math.min(MAX_SAMPLES, Math.max(2, Math.ceil((to - from) * SAMPLES_PER_UNIT)));
        List<Vec> run = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            double t = i == n ? to : from + (to - from) * i / n;
            Vec p = curvePoint(c, at, t);
            if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                run.add(p);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** Under a curve: down to y = 0; between two: from one to the other, over the x range they share. */
    static Figure area(Shape.Area a, Values at) {
        Shape.Curve upper = (Shape.Curve) at.shape(a.upper());
        Shape.Curve lower = a.lower() == null ? null : (Shape.Curve) at.shape(a.lower());
        double from = at.number(upper.from());
        double to = at.number(upper.to());
        if (lower != null) {
            from = Math.max(from, at.number(lower.from()));
            to = Math.min(to, at.number(lower.to()));
        }
        if (a.from() != null) {
            from = Math.max(from, at.number(a.from()));
            to = Math.min(to, at.number(a.to()));
        }
        List<List<Vec>> outlines = new ArrayList<>();
        for (List<Vec> top : sample(upper, at, from, to)) {
            List<Vec> outline = new ArrayList<>(top);
            double left = top.get(0).x();
            double right = top.get(top.size() - 1).x();
            if (lower == null) {
                outline.add(new Vec(right, 0));
                outline.add(new Vec(left, 0));
            } else {
                List<Vec> bottom = new ArrayList<>();
                sample(lower, at, left, right).forEach(bottom::addAll);
                Collections.reverse(bottom);
                outline.addAll(bottom);
            }
            outlines.add(outline);
        }
        return new Figure.Area(outlines);
    }

    static Figure table(Shape.Table t, Values at) {
        double from = at.number(t.from());
        double to = at.number(t.to());
        double step = at.number(t.step());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; from + i * step <= to + 1e-9; i++) {
            double x = from + i * step;
            rows.add(List.of(Readouts.shown(at.written(x), t.decimals()),
                    Readouts.shown(at.written(at.number(t.y(), x)), t.decimals())));
        }
        return new Figure.Table(List.of("x", "y"), rows, anchor(t.placement(), at), t.size());
    }

    static String readout(Shape.Readout r, Values at) {
        return r.prefix() + Readouts.shown(at.written(at.number(r.value())), r.decimals()) + r.suffix();
    }

    /** Points round an ellipse (a circle when rx = ry) from {@code start}, turning {@code sweep}. */
    static List<Vec> round(Vec center, double rx, double ry, double start, double sweep) {
        List<Vec> points = new ArrayList<>(ROUND + 1);
        for (int i = 0; i <= ROUND; i++) {
            double angle = start + sweep * i / ROUND;
            points.add(new Vec(center.x() + rx * Math.cos(angle), center.y() + ry * Math.sin(angle)));
        }
        return points;
    }

    static Box box(Vec center, double rx, double ry) {
        return Box.around(List.of(new Vec(center.x() - rx, center.y() - ry), new Vec(center.x() + rx, center.y() + ry)));
    }

    /**
     * How wide a line of writing is, in screen units, estimated from its letters (the timeline has
     * no fonts): wide (CJK) characters take a full letter height, others a little over half;
     * formulas between dollars are measured as formulas.
     */
    static double textWidth(String text, double size) {
        double width = 0;
        for (org.lessonstudio.dsl.model.Writing.Piece piece : org.lessonstudio.dsl.model.Writing.pieces(text)) {
            width += piece.formula() ? formulaWidth(piece.text(), size * 1.15) : letters(piece.text()) * size;
        }
        return width;
    }

    private static double letters(String text) {
        return text.codePoints().mapToDouble(cp -> Character.isIdeographic(cp) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0x3000 && cp <= 0x303F) ? 1.0 : cp == ' ' ? 0.3 : 0.56).sum();
    }

    /** A formula's width estimated from what it shows: each command or letter about half an em. */
    static double formulaWidth(String tex, double size) {
        double glyphs = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int j = i + 1;
                while (j < tex.length() && Character.isLetter(tex.charAt(j))) {
                    j++;
                }
                String name = tex.substring(i + 1, j);
                glyphs += name.equals("frac") || name.equals("dfrac") || name.startsWith("left") || name.startsWith("right")
                        || name.equals("textcolor") || name.equals("text") || name.equals("mathrm") ? 0 : 1;
                i = Math.max(i, j - 1);
            } else if (c != '{' && c != '}' && c != '^' && c != '_' && c != ' ') {
                glyphs += 1;
            }
        }
        return glyphs * 0.55 * size;
    }

    /** Samples along each side of a heat map, to find its smallest and largest number when no scale is given. */
    private static final int SCALE_SAMPLES = 64;

    /** A heat map now: its rectangle (all the scene shows, unless given), its formula or row, its scale. */
    static Figure heatMap(Shape.HeatMap h, Values at) {
        Viewport view = at.viewport();
        Shape.Extent e = h.extent() != null ? h.extent()
                : new Shape.Extent(view.xMin(), view.xMax(), view.yMin(), view.yMax());
        Field field = h.value() == null ? new Field(new Expr.Constant(0)) : at.field(h.value());
        List<Double> row = h.row().stream().map(at::number).toList();
        Figure.HeatMap made = new Figure.HeatMap(field, row, e.xMin(), e.xMax(), e.yMin(), e.yMax(), h.colors(), 0, 1,
                h.legend(), Affine.IDENTITY);
        double low;
        double high;
        if (h.low() != null) {
            low = at.number(h.low());
            high = at.number(h.high());
        } else {
            low = Double.POSITIVE_INFINITY;
            high = Double.NEGATIVE_INFINITY;
            FieldCode.Numbers numbers = made.numbers();
            for (int i = 0; i <= SCALE_SAMPLES; i++) {
                for (int j = 0; j <= SCALE_SAMPLES; j++) {
                    double v = numbers.at(e.xMin() + (e.xMax() - e.xMin()) * i / SCALE_SAMPLES,
                            e.yMin() + (e.yMax() - e.yMin()) * j / SCALE_SAMPLES);
                    if (Double.isFinite(v)) {
                        low = Math.min(low, v);
                        high = Math.max(high, v);
                    }
                }
            }
            if (!(low <= high)) {
                low = 0;
                high = 1;
            }
        }
        if (!(high > low)) {
            high = low + 1;
        }
        return new Figure.HeatMap(field, row, e.xMin(), e.xMax(), e.yMin(), e.yMax(), h.colors(), low, high,
                h.legend(), Affine.IDENTITY);
    }
}
