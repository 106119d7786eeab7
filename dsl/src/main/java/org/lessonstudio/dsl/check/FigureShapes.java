package org.lessonstudio.dsl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.model.Direction;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.MathFunction;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Style;

/** Points, lines of every kind, circles, ellipses, arcs, polygons, angle marks and braces. */
final class FigureShapes {

    private final ClauseReader read;
    private final Style style;
    private final String name;

    FigureShapes(ClauseReader read, Style style) {
        this.read = read;
        this.style = style;
        this.name = read.name;
    }

    private static Expr pair(Expr x, Expr y) {
        return new Expr.PairOf(x, y);
    }

    private static Expr plus(Expr a, Expr b) {
        return new Expr.PointMath(Expr.Operator.PLUS, a, b);
    }

    private static Expr num(double v) {
        return new Expr.Constant(v);
    }

    private static Expr times(Expr a, Expr b) {
        return new Expr.Arithmetic(Expr.Operator.TIMES, a, b);
    }

    private static Expr apply(MathFunction f, Expr e) {
        return new Expr.Apply(f, List.of(e));
    }

    /** The point at {@code angle} on the circle of {@code radius} around {@code center}. */
    private static Expr onCircle(Expr center, Expr radius, Expr angle) {
        return plus(center, new Expr.PointMath(Expr.Operator.TIMES,
                pair(apply(MathFunction.COS, angle), apply(MathFunction.SIN, angle)), radius));
    }

    Shape point() {
        String label = read.text("label").orElse("");
        double size = read.fixed("size", 0.01, 1, 0.08).orElse(0.08);
        Style dot = new Style(style.color(), style.color(), size, false, style.opacity(), style.layer());
        if (read.has("at") && read.has("on")) {
            read.diagnostics.error(read.get("on").get().keywordSpan(), "point.at-and-on", name);
            return null;
        }
        if (read.has("on")) {
            Clause on = read.get("on").get();
            Arg.NameArg circle = (Arg.NameArg) on.args().get(0);
            Optional<Symbol> symbol = ofKind(circle, "circle", "point.on-not-circle");
            Optional<Expr> angle = read.number(on, 1);
            if (symbol.isEmpty() || angle.isEmpty()) {
                return null;
            }
            read.uses.add(circle.name());
            Expr position = onCircle(new Expr.PointOf(circle.name(), Expr.Anchor.CENTER),
                    new Expr.NumberOf(circle.name(), Expr.Measure.RADIUS), angle.get());
            return new Shape.Point(name, position, label, dot, read.span);
        }
        return read.require("at", "at (1, 0)   or   on unit at angle t").flatMap(c -> read.point(c, 0))
                .map(p -> (Shape) new Shape.Point(name, p, label, dot, read.span)).orElse(null);
    }

    private Optional<Symbol> ofKind(Arg.NameArg ref, String kind, String wrongKindCode) {
        Optional<Symbol> symbol = read.expressions.symbol(ref.name());
        if (symbol.isEmpty()) {
            read.expressions.unknownName(ref.name(), ref.span(), null);
            return Optional.empty();
        }
        if (symbol.get().isUnknown()) {
            return Optional.empty();
        }
        if (!symbol.get().kind().equals(kind)) {
            read.diagnostics.error(ref.span(), wrongKindCode, ref.name(),
                    ExpressionChecker.article(symbol.get().kind()));
            return Optional.empty();
        }
        return symbol;
    }

    /** {@code from A to B}, both ends required. */
    private Optional<Expr[]> ends(String example) {
        Optional<Clause> from = read.require("from", example);
        if (from.isEmpty()) {
            return Optional.empty();
        }
        if (from.get().args().size() != 2) {
            read.diagnostics.error(from.get().span(), "line.ends", example);
            return Optional.empty();
        }
        Optional<Expr> a = read.point(from.get(), 0);
        Optional<Expr> b = read.point(from.get(), 1);
        return a.isPresent() && b.isPresent() ? Optional.of(new Expr[] {a.get(), b.get()}) : Optional.empty();
    }

    Shape line(Shape.LineKind kind) {
        return ends("from (0, 0) to P").map(e -> (Shape) new Shape.Line(name, e[0], e[1], kind, style, read.span))
                .orElse(null);
    }

    /** {@code from P, components (2, 1)} or {@code from A to B}; from the origin if no start is given. */
    Shape vector() {
        if (read.has("components")) {
            Expr start = pair(num(0), num(0));
            if (read.has("from")) {
                Clause from = read.get("from").get();
                if (from.args().size() != 1) {
                    read.diagnostics.error(from.span(), "vector.both");
                    return null;
                }
                Optional<Expr> s = read.point(from, 0);
                if (s.isEmpty()) {
                    return null;
                }
                start = s.get();
            }
            Expr origin = start;
            return read.point(read.get("components").get(), 0).map(c -> (Shape) new Shape.Line(name, origin,
                    plus(origin, c), Shape.LineKind.ARROW, style, read.span)).orElse(null);
        }
        return ends("from (0, 0) to (2, 1)   or   components (2, 1)").map(e -> (Shape) new Shape.Line(name, e[0], e[1],
                Shape.LineKind.ARROW, style, read.span)).orElse(null);
    }

    Shape ray() {
        Optional<Clause> from = read.require("from", "from A, through B");
        Optional<Clause> through = read.require("through", "from A, through B");
        if (from.isEmpty() || through.isEmpty()) {
            return null;
        }
        Optional<Expr> a = read.point(from.get(), 0);
        Optional<Expr> b = read.point(through.get(), 0);
        return a.isPresent() && b.isPresent()
                ? new Shape.Line(name, a.get(), b.get(), Shape.LineKind.RAY, style, read.span) : null;
    }

    private Expr center() {
        return read.get("center").flatMap(c -> read.point(c, 0)).orElse(pair(num(0), num(0)));
    }

    Shape circle() {
        Expr center = center();
        Optional<Expr> radius = read.require("radius", "radius 1").flatMap(c -> read.positive(c, 0, "range.radius"));
        return radius.map(r -> (Shape) new Shape.Circle(name, center, r, style, read.span)).orElse(null);
    }

    Shape ellipse() {
        Expr center = center();
        Optional<Expr> width = read.require("width", "width 4, height 2").flatMap(c -> read.positive(c, 0,
                "range.size"));
        Optional<Expr> height = read.require("height", "width 4, height 2").flatMap(c -> read.positive(c, 0,
                "range.size"));
        return width.isPresent() && height.isPresent()
                ? new Shape.Ellipse(name, center, width.get(), height.get(), style, read.span) : null;
    }

    Shape arc(boolean sector) {
        Expr center = center();
        Optional<Expr> radius = read.require("radius", "radius 1").flatMap(c -> read.positive(c, 0, "range.radius"));
        Optional<Clause> angles = read.require("from", "from 0 to 90deg");
        if (radius.isEmpty() || angles.isEmpty()) {
            return null;
        }
        if (angles.get().args().size() != 2) {
            read.diagnostics.error(angles.get().span(), "line.ends", "from 0 to 90deg");
            return null;
        }
        Optional<Expr> from = read.number(angles.get(), 0);
        Optional<Expr> to = read.number(angles.get(), 1);
        return from.isPresent() && to.isPresent()
                ? new Shape.Arc(name, center, radius.get(), from.get(), to.get(), sector, style, read.span) : null;
    }

    Shape polygon() {
        if (read.has("points")) {
            Clause points = read.get("points").get();
            if (read.has("sides")) {
                read.diagnostics.error(read.get("sides").get().keywordSpan(), "polygon.points-and-sides");
                return null;
            }
            if (points.args().size() < 3) {
                read.diagnostics.error(points.span(), "polygon.too-few", points.args().size());
                return null;
            }
            List<Expr> corners = new ArrayList<>();
            for (int i = 0; i < points.args().size(); i++) {
                Optional<Expr> p = read.point(points, i);
                if (p.isEmpty()) {
                    return null;
                }
                corners.add(p.get());
            }
            return new Shape.Polygon(name, corners, style, read.span);
        }
        Optional<Clause> sides = read.require("sides", "points A, B, C   or   sides 6, radius 1");
        if (sides.isEmpty()) {
            return null;
        }
        Optional<Double> n = read.fixed(sides.get(), 0, 3, 64);
        Expr center = center();
        Optional<Expr> radius = read.get("radius").map(c -> read.positive(c, 0, "range.radius"))
                .orElse(Optional.of(num(1)));
        Optional<Expr> rotation = read.get("rotation").map(c -> read.number(c, 0)).orElse(Optional.of(num(0)));
        if (n.isEmpty() || radius.isEmpty() || rotation.isEmpty()) {
            return null;
        }
        int count = (int) Math.round(n.get());
        List<Expr> corners = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Expr angle = new Expr.Arithmetic(Expr.Operator.PLUS, rotation.get(), num(Math.PI / 2 + 2 * Math.PI * k / count));
            corners.add(onCircle(center, radius.get(), angle));
        }
        return new Shape.Polygon(name, corners, style, read.span);
    }

    Shape rectangle() {
        if (read.has("from")) {
            Optional<Expr[]> e = ends("from (0, 0) to (3, 2)");
            if (e.isEmpty()) {
                return null;
            }
            Expr a = e.get()[0];
            Expr b = e.get()[1];
            Expr ax = new Expr.Coordinate(a, Expr.Axis.X);
            Expr ay = new Expr.Coordinate(a, Expr.Axis.Y);
            Expr bx = new Expr.Coordinate(b, Expr.Axis.X);
            Expr by = new Expr.Coordinate(b, Expr.Axis.Y);
            return new Shape.Polygon(name, List.of(a, pair(bx, ay), b, pair(ax, by)), style, read.span);
        }
        Optional<Expr> width = read.require("width", "corner (0, 0), width 3, height 2")
                .flatMap(c -> read.positive(c, 0, "range.size"));
        Optional<Expr> height = read.require("height", "corner (0, 0), width 3, height 2")
                .flatMap(c -> read.positive(c, 0, "range.size"));
        return width.isPresent() && height.isPresent() ? box(width.get(), height.get()) : null;
    }

    Shape square() {
        Optional<Expr> side = read.require("side", "corner (0, 0), side 2").flatMap(c -> read.positive(c, 0,
                "range.size"));
        return side.map(s -> box(s, s)).orElse(null);
    }

    /** A width-by-height box at {@code corner} (its lower left) or around {@code center}. */
    private Shape box(Expr width, Expr height) {
        if (read.has("corner") && read.has("center")) {
            read.diagnostics.error(read.get("center").get().keywordSpan(), "box.corner-and-center", name);
            return null;
        }
        Expr corner;
        if (read.has("corner")) {
            Optional<Expr> c = read.point(read.get("corner").get(), 0);
            if (c.isEmpty()) {
                return null;
            }
            corner = c.get();
        } else {
            Expr half = pair(times(width, num(-0.5)), times(height, num(-0.5)));
            corner = plus(center(), half);
        }
        return new Shape.Polygon(name, List.of(corner, plus(corner, pair(width, num(0))),
                plus(corner, pair(width, height)), plus(corner, pair(num(0), height))), style, read.span);
    }

    Shape angle() {
        Optional<Expr> vertex = read.require("at", "at (0, 0)").flatMap(c -> read.point(c, 0));
        Optional<Clause> arms = read.require("from", "from xy.x-axis to radius");
        double radius = read.fixed("radius", 0.01, 100, 0.3).orElse(0.3);
        String label = read.text("label").orElse("");
        if (arms.isEmpty()) {
            return null;
        }
        if (arms.get().args().size() != 2) {
            read.diagnostics.error(arms.get().span(), "line.ends", "from xy.x-axis to radius");
            return null;
        }
        Optional<Direction> from = direction(read.expr(arms.get(), 0));
        Optional<Direction> to = direction(read.expr(arms.get(), 1));
        if (vertex.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return null;
        }
        return new Shape.Angle(name, vertex.get(), from.get(), to.get(), radius, label, read.has("right"), style,
                read.span);
    }

    /** An arm of an angle: a line's name, {@code axes.x-axis}, or any point expression. */
    private Optional<Direction> direction(org.lessonstudio.dsl.ast.Expr e) {
        if (e instanceof org.lessonstudio.dsl.ast.Expr.Name n && read.expressions.symbol(n.name())
                .filter(s -> Kinds.has(s.kind(), Kind.Trait.STRAIGHT)).isPresent()) {
            read.uses.add(n.name());
            return Optional.of(new Direction.AlongLine(n.name()));
        }
        if (e instanceof org.lessonstudio.dsl.ast.Expr.Member m && m.target() instanceof org.lessonstudio.dsl.ast.Expr.Name n
                && read.expressions.symbol(n.name()).filter(s -> Kinds.has(s.kind(), Kind.Trait.COORDINATES))
                .isPresent() && (m.member().equals("x-axis") || m.member().equals("y-axis"))) {
            return Optional.of(new Direction.AlongAxis(m.member().startsWith("x") ? Expr.Axis.X : Expr.Axis.Y));
        }
        return read.expressions.point(e, read.uses).map(Direction.Toward::new);
    }

    Shape brace() {
        String label = read.text("label").orElse("");
        return ends("from A to B").map(e -> (Shape) new Shape.Brace(name, e[0], e[1], label, style, read.span))
                .orElse(null);
    }
}
