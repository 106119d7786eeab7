package org.lessonstudio.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lessonstudio.dsl.model.Direction;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Placement;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/** Builds each kind of object's figure from its definition, at the evaluator's moment. */
final class FigureBuilder {

    /** Samples per unit of the parameter when drawing a curve; enough for a smooth line at 4K. */
    private static final int SAMPLES_PER_UNIT = 40;
    private static final int MAX_SAMPLES = 4000;

    private final Evaluator at;
    private final Viewport viewport;

    FigureBuilder(Evaluator at, Viewport viewport) {
        this.at = at;
        this.viewport = viewport;
    }

    Figure build(Shape shape) {
        if (shape instanceof Shape.Axes a) {
            return new Figure.Axes(a.xMin(), a.xMax(), a.yMin(), a.yMax(), a.step(), a.grid(), a.numbers(), a.xLabel(),
                    a.yLabel());
        }
        if (shape instanceof Shape.NumberLine n) {
            return new Figure.NumberLine(n.min(), n.max(), n.step());
        }
        if (shape instanceof Shape.Circle c) {
            return new Figure.Circle(at.point(c.center()), at.number(c.radius()));
        }
        if (shape instanceof Shape.Ellipse e) {
            return new Figure.Ellipse(at.point(e.center()), at.number(e.width()) / 2, at.number(e.height()) / 2);
        }
        if (shape instanceof Shape.Arc a) {
            double from = at.number(a.from());
            return new Figure.Arc(at.point(a.center()), at.number(a.radius()), from, at.number(a.to()) - from,
                    a.sector());
        }
        if (shape instanceof Shape.Point p) {
            return new Figure.Dot(at.point(p.position()), p.label());
        }
        if (shape instanceof Shape.Line l) {
            return line(l);
        }
        if (shape instanceof Shape.Polygon p) {
            return new Figure.Polygon(p.corners().stream().map(at::point).toList());
        }
        if (shape instanceof Shape.Angle a) {
            return angle(a);
        }
        if (shape instanceof Shape.Curve c) {
            return curve(c);
        }
        if (shape instanceof Shape.Area a) {
            return area(a);
        }
        if (shape instanceof Shape.Brace b) {
            return new Figure.Brace(at.point(b.from()), at.point(b.to()), b.label());
        }
        return writing(shape);
    }

    private Figure writing(Shape shape) {
        if (shape instanceof Shape.Text t) {
            return new Figure.Text(t.text(), anchor(t.placement()), t.size());
        }
        if (shape instanceof Shape.Readout r) {
            String number = String.format(Locale.ROOT, "%." + r.decimals() + "f", at.number(r.value()));
            if (number.matches("-0(\\.0*)?")) {
                number = number.substring(1);
            }
            return new Figure.Text(r.prefix() + number.replace('-', '\u2212') + r.suffix(), anchor(r.placement()),
                    r.size());
        }
        if (shape instanceof Shape.Tex t) {
            return new Figure.Tex(t.tex(), anchor(t.placement()), t.size(), t.parts());
        }
        if (shape instanceof Shape.Table t) {
            return table(t);
        }
        if (shape instanceof Shape.Image i) {
            return new Figure.Image(i.file(), anchor(i.placement()), i.size());
        }
        if (shape instanceof Shape.Footage f) {
            return new Figure.Footage(f.prompt(), f.framing());
        }
        Shape.Title title = (Shape.Title) shape;
        return new Figure.Title(title.text(), title.subtitle());
    }

    private Figure line(Shape.Line l) {
        Vec from = at.point(l.from());
        Vec to = at.point(l.to());
        if (l.kind() == Shape.LineKind.RAY) {
            Vec direction = to.minus(from);
            double length = direction.length();
            double far = 4 * Math.hypot(viewport.xMax() - viewport.xMin(), viewport.yMax() - viewport.yMin())
                    + from.length();
            to = length == 0 ? to : from.plus(direction.times(far / length));
        }
        return new Figure.Segment(from, to, l.kind() == Shape.LineKind.ARROW);
    }

    private Figure.Anchor anchor(Placement placement) {
        if (placement instanceof Placement.AtPoint p) {
            return new Figure.Anchor.InScene(at.point(p.point()));
        }
        if (placement instanceof Placement.OnScreenAt s) {
            return new Figure.Anchor.OnScreenAt(at.point(s.point()));
        }
        if (placement instanceof Placement.Beside b) {
            Vec point = b.object() == null ? at.point(b.point()) : Bounds.edge(at.figure(b.object()), b.side());
            return new Figure.Anchor.Beside(point, b.side());
        }
        return new Figure.Anchor.OnScreen(((Placement.OnScreen) placement).place());
    }

    private Figure angle(Shape.Angle a) {
        Vec vertex = at.point(a.vertex());
        double from = direction(a.from(), vertex);
        double to = direction(a.to(), vertex);
        double sweep = to - from;
        sweep -= 2 * Math.PI * Math.floor(sweep / (2 * Math.PI));
        return new Figure.AngleMark(vertex, a.radius(), from, sweep, a.label(), a.right());
    }

    private double direction(Direction d, Vec vertex) {
        if (d instanceof Direction.AlongAxis axis) {
            return axis.axis() == Expr.Axis.X ? 0 : Math.PI / 2;
        }
        if (d instanceof Direction.Toward toward) {
            return at.point(toward.point()).minus(vertex).angle();
        }
        Figure.Segment s = (Figure.Segment) at.figure(((Direction.AlongLine) d).line());
        Vec far = s.from().minus(vertex).length() > s.to().minus(vertex).length() ? s.from() : s.to();
        return far.minus(vertex).angle();
    }

    /** The point of a curve at a value of its parameter. */
    Vec curvePoint(Shape.Curve c, double t) {
        return switch (c.form()) {
            case EXPLICIT -> new Vec(t, at.number(c.y(), t));
            case PARAMETRIC -> new Vec(at.number(c.x(), t), at.number(c.y(), t));
            case POLAR -> {
                double r = at.number(c.x(), t);
                yield new Vec(r * Math.cos(t), r * Math.sin(t));
            }
        };
    }

    private Figure curve(Shape.Curve c) {
        return new Figure.Polyline(sample(c, at.number(c.from()), at.number(c.to())));
    }

    private List<List<Vec>> sample(Shape.Curve c, double from, double to) {
        List<List<Vec>> runs = new ArrayList<>();
        if (!(to > from)) {
            return runs;
        }
        int n = (int) Math.min(MAX_SAMPLES, Math.max(2, Math.ceil((to - from) * SAMPLES_PER_UNIT)));
        List<Vec> run = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            double t = i == n ? to : from + (to - from) * i / n;
            Vec p = curvePoint(c, t);
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
    private Figure area(Shape.Area a) {
        Shape.Curve upper = (Shape.Curve) trackedShape(a.upper());
        Shape.Curve lower = a.lower() == null ? null : (Shape.Curve) trackedShape(a.lower());
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
        for (List<Vec> top : sample(upper, from, to)) {
            List<Vec> outline = new ArrayList<>(top);
            double left = top.get(0).x();
            double right = top.get(top.size() - 1).x();
            if (lower == null) {
                outline.add(new Vec(right, 0));
                outline.add(new Vec(left, 0));
            } else {
                List<Vec> bottom = new ArrayList<>();
                sample(lower, left, right).forEach(bottom::addAll);
                java.util.Collections.reverse(bottom);
                outline.addAll(bottom);
            }
            outlines.add(outline);
        }
        return new Figure.Area(outlines);
    }

    private Shape trackedShape(String name) {
        return at.shapeNamed(name);
    }

    private Figure table(Shape.Table t) {
        double from = at.number(t.from());
        double to = at.number(t.to());
        double step = at.number(t.step());
        List<List<String>> rows = new ArrayList<>();
        String format = "%." + t.decimals() + "f";
        for (int i = 0; from + i * step <= to + 1e-9; i++) {
            double x = from + i * step;
            rows.add(List.of(tidy(String.format(Locale.ROOT, format, x)),
                    tidy(String.format(Locale.ROOT, format, at.number(t.y(), x)))));
        }
        return new Figure.Table(List.of("x", "y"), rows, anchor(t.placement()), t.size());
    }

    private static String tidy(String number) {
        return (number.matches("-0(\\.0*)?") ? number.substring(1) : number).replace('-', '\u2212');
    }
}
