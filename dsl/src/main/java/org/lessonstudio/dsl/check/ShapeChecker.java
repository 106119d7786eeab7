package org.lessonstudio.dsl.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.diag.Suggest;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Direction;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Placement;
import org.lessonstudio.dsl.model.ScreenPlace;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.dsl.source.Span;

/** Checks the clauses of one object definition into a {@link Shape}. */
final class ShapeChecker {

    private static final Set<String> STYLE = Set.of("color", "thickness", "dashed", "opacity");

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "axes", Set.of("x", "y", "color", "thickness"),
            "circle", with("center", "radius", "fill"),
            "point", Set.of("at", "on", "label", "color", "size", "opacity"),
            "line", with("from"),
            "angle", Set.of("at", "from", "radius", "label", "color", "thickness", "opacity"),
            "curve", with("y"),
            "text", Set.of("", "at", "size", "color", "opacity"),
            "tex", Set.of("", "at", "size", "color", "opacity"));

    private final ExpressionChecker expressions;
    private final Diagnostics diagnostics;

    ShapeChecker(ExpressionChecker expressions, Diagnostics diagnostics) {
        this.expressions = expressions;
        this.diagnostics = diagnostics;
    }

    private static Set<String> with(String... extra) {
        Set<String> all = new HashSet<>(STYLE);
        all.addAll(List.of(extra));
        return Set.copyOf(all);
    }

    Optional<Shape> check(String kind, String name, List<Clause> list, Span span, Set<String> uses) {
        Clauses clauses = new Clauses(list, ALLOWED.get(kind), ExpressionChecker.article(kind), span, diagnostics);
        int before = diagnostics.errorCount();
        Style style = style(clauses, kind);
        Shape shape = switch (kind) {
            case "axes" -> axes(name, clauses, style, span);
            case "circle" -> circle(name, clauses, style, span, uses);
            case "point" -> point(name, clauses, style, span, uses);
            case "line" -> line(name, clauses, style, span, uses);
            case "angle" -> angle(name, clauses, style, span, uses);
            case "curve" -> curve(name, clauses, style, span, uses);
            case "text" -> text(name, clauses, style, span, uses, false);
            case "tex" -> text(name, clauses, style, span, uses, true);
            default -> throw new IllegalStateException("parser let through an unknown kind " + kind);
        };
        return diagnostics.errorCount() == before ? Optional.ofNullable(shape) : Optional.empty();
    }

    private Style style(Clauses clauses, String kind) {
        ColorName fallback = kind.equals("axes") ? ColorName.GRAY : ColorName.INK;
        ColorName color = clauses.get("color").flatMap(this::color).orElse(fallback);
        ColorName fill = clauses.get("fill").flatMap(this::color).orElse(null);
        double thickness = clauses.get("thickness").flatMap(c -> fixed(c, 0.005, 1)).orElse(
                kind.equals("axes") ? 0.025 : Style.DEFAULT_THICKNESS);
        double opacity = clauses.get("opacity").flatMap(c -> fixed(c, 0, 1)).orElse(1.0);
        return new Style(color, fill, thickness, clauses.has("dashed"), opacity);
    }

    private Optional<ColorName> color(Clause clause) {
        Arg.NameArg arg = (Arg.NameArg) clause.args().get(0);
        Optional<ColorName> color = ColorName.named(arg.name());
        if (color.isEmpty()) {
            diagnostics.error(arg.span(), "color.unknown", arg.name());
            diagnostics.hint(Suggest.closest(arg.name(), ColorName.words()).map(s -> "did you mean `" + s + "`?")
                    .orElse("the colours are: " + String.join(", ", ColorName.words())));
        }
        return color;
    }

    /** A clause's single expression, which must be a fixed number within [min, max]. */
    private Optional<Double> fixed(Clause clause, double min, double max) {
        Arg arg = clause.args().get(0);
        if (!(arg instanceof Arg.ExprArg e)) {
            diagnostics.error(arg.span(), "type.wrong", "a number", "a place");
            return Optional.empty();
        }
        Optional<Expr> checked = expressions.number(e.expr(), false, new HashSet<>());
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble value = Constants.evaluate(checked.get());
        if (value.isEmpty()) {
            diagnostics.error(e.span(), "number.not-fixed", clause.keyword());
            return Optional.empty();
        }
        double v = value.getAsDouble();
        if (!(v >= min && v <= max)) {
            diagnostics.error(e.span(), "range.number", clause.keyword(), SceneChecker.format(v),
                    SceneChecker.format(min), SceneChecker.format(max));
            return Optional.empty();
        }
        return Optional.of(v);
    }

    private Optional<Expr> numberArg(Clause clause, int index, Set<String> uses, boolean curveVariable) {
        return expressions.number(((Arg.ExprArg) clause.args().get(index)).expr(), curveVariable, uses);
    }

    private Optional<Expr> pointArg(Clause clause, int index, Set<String> uses) {
        Arg arg = clause.args().get(index);
        if (arg instanceof Arg.PlaceArg place) {
            diagnostics.error(place.span(), "place.not-here", String.join(" ", place.words()));
            return Optional.empty();
        }
        return expressions.point(((Arg.ExprArg) arg).expr(), uses);
    }

    private Shape axes(String name, Clauses clauses, Style style, Span span) {
        double[] x = range(clauses.require("x", "x from -1.5 to 7.5"));
        double[] y = range(clauses.require("y", "y from -1.5 to 1.5"));
        if (x == null || y == null) {
            return null;
        }
        return new Shape.Axes(name, x[0], x[1], y[0], y[1], style, span);
    }

    private double[] range(Optional<Clause> clause) {
        if (clause.isEmpty()) {
            return null;
        }
        Clause c = clause.get();
        if (c.args().size() != 2) {
            diagnostics.error(c.span(), "axes.range-form", c.keyword());
            return null;
        }
        double[] ends = new double[2];
        for (int i = 0; i < 2; i++) {
            Optional<Expr> e = numberArg(c, i, new HashSet<>(), false);
            if (e.isEmpty()) {
                return null;
            }
            OptionalDouble v = Constants.evaluate(e.get());
            if (v.isEmpty()) {
                diagnostics.error(c.args().get(i).span(), "number.not-fixed", "axes");
                return null;
            }
            ends[i] = v.getAsDouble();
        }
        if (!(ends[1] > ends[0])) {
            diagnostics.error(c.span(), "range.empty", c.keyword(), SceneChecker.format(ends[0]),
                    SceneChecker.format(ends[1]));
            return null;
        }
        return ends;
    }

    private Shape circle(String name, Clauses clauses, Style style, Span span, Set<String> uses) {
        Expr center = clauses.get("center").flatMap(c -> pointArg(c, 0, uses))
                .orElse(new Expr.PairOf(new Expr.Constant(0), new Expr.Constant(0)));
        Optional<Expr> radius = clauses.require("radius", "radius 1").flatMap(c -> numberArg(c, 0, uses, false));
        radius.flatMap(r -> {
            OptionalDouble v = Constants.evaluate(r);
            return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
        }).filter(v -> !(v > 0)).ifPresent(v -> diagnostics.error(clauses.get("radius").get().args().get(0).span(),
                "range.radius", SceneChecker.format(v)));
        return radius.map(r -> (Shape) new Shape.Circle(name, center, r, style, span)).orElse(null);
    }

    private Shape point(String name, Clauses clauses, Style style, Span span, Set<String> uses) {
        String label = clauses.get("label").map(ShapeChecker::text).orElse("");
        double size = clauses.get("size").flatMap(c -> fixed(c, 0.01, 1)).orElse(0.08);
        Style dot = new Style(style.color(), style.color(), size, false, style.opacity());
        if (clauses.has("at") && clauses.has("on")) {
            diagnostics.error(clauses.get("on").get().keywordSpan(), "point.at-and-on", name);
            return null;
        }
        if (clauses.has("on")) {
            Clause on = clauses.get("on").get();
            Arg.NameArg circleName = (Arg.NameArg) on.args().get(0);
            Optional<Symbol> circle = symbolOfKind(circleName, "circle", "point.on-not-circle");
            Optional<Expr> angle = numberArg(on, 1, uses, false);
            if (circle.isEmpty() || angle.isEmpty()) {
                return null;
            }
            uses.add(circleName.name());
            Expr center = new Expr.PointOf(circleName.name(), Expr.Anchor.CENTER);
            Expr radius = new Expr.NumberOf(circleName.name(), Expr.Measure.RADIUS);
            Expr position = new Expr.PointMath(Expr.Operator.PLUS, center, new Expr.PointMath(Expr.Operator.TIMES,
                    new Expr.PairOf(new Expr.Apply(org.lessonstudio.dsl.model.MathFunction.COS, List.of(angle.get())),
                            new Expr.Apply(org.lessonstudio.dsl.model.MathFunction.SIN, List.of(angle.get()))),
                    radius));
            return new Shape.Point(name, position, label, dot, span);
        }
        Optional<Expr> at = clauses.require("at", "at (1, 0)   or   on unit at angle t")
                .flatMap(c -> pointArg(c, 0, uses));
        return at.map(p -> (Shape) new Shape.Point(name, p, label, dot, span)).orElse(null);
    }

    private Optional<Symbol> symbolOfKind(Arg.NameArg ref, String kind, String wrongKindCode) {
        Optional<Symbol> symbol = lookup(ref.name(), ref.span());
        if (symbol.isPresent() && symbol.get().isUnknown()) {
            return Optional.empty();
        }
        if (symbol.isPresent() && !symbol.get().kind().equals(kind)) {
            diagnostics.error(ref.span(), wrongKindCode, ref.name(), ExpressionChecker.article(symbol.get().kind()));
            return Optional.empty();
        }
        return symbol;
    }

    private Optional<Symbol> lookup(String name, Span span) {
        Optional<Symbol> symbol = expressions.symbol(name);
        if (symbol.isEmpty()) {
            expressions.unknownName(name, span, false);
        }
        return symbol;
    }

    private Shape line(String name, Clauses clauses, Style style, Span span, Set<String> uses) {
        Optional<Clause> from = clauses.require("from", "from (0, 0) to P");
        if (from.isEmpty()) {
            return null;
        }
        Optional<Expr> a = pointArg(from.get(), 0, uses);
        Optional<Expr> b = pointArg(from.get(), 1, uses);
        if (a.isEmpty() || b.isEmpty()) {
            return null;
        }
        return new Shape.Line(name, a.get(), b.get(), style, span);
    }

    private Shape angle(String name, Clauses clauses, Style style, Span span, Set<String> uses) {
        Optional<Expr> vertex = clauses.require("at", "at (0, 0)").flatMap(c -> pointArg(c, 0, uses));
        Optional<Clause> arms = clauses.require("from", "from xy.x-axis to radius");
        double radius = clauses.get("radius").flatMap(c -> fixed(c, 0.01, 100)).orElse(0.3);
        String label = clauses.get("label").map(ShapeChecker::text).orElse("");
        if (arms.isEmpty()) {
            return null;
        }
        Optional<Direction> from = direction(arms.get().args().get(0), uses);
        Optional<Direction> to = direction(arms.get().args().get(1), uses);
        if (vertex.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return null;
        }
        return new Shape.Angle(name, vertex.get(), from.get(), to.get(), radius, label, style, span);
    }

    /** An arm of an angle: a line's name, {@code axes.x-axis}, or any point expression. */
    private Optional<Direction> direction(Arg arg, Set<String> uses) {
        org.lessonstudio.dsl.ast.Expr e = ((Arg.ExprArg) arg).expr();
        if (e instanceof org.lessonstudio.dsl.ast.Expr.Name n && expressions.symbol(n.name())
                .filter(s -> s.kind().equals("line")).isPresent()) {
            uses.add(n.name());
            return Optional.of(new Direction.AlongLine(n.name()));
        }
        if (e instanceof org.lessonstudio.dsl.ast.Expr.Member m && m.target() instanceof org.lessonstudio.dsl.ast.Expr.Name n
                && expressions.symbol(n.name()).filter(s -> s.kind().equals("axes")).isPresent()
                && (m.member().equals("x-axis") || m.member().equals("y-axis"))) {
            return Optional.of(new Direction.AlongAxis(m.member().startsWith("x") ? Expr.Axis.X : Expr.Axis.Y));
        }
        return expressions.point(e, uses).map(Direction.Toward::new);
    }

    private Shape curve(String name, Clauses clauses, Style style, Span span, Set<String> uses) {
        Optional<Clause> y = clauses.require("y", "y = sin(x) for x from 0 to 2 pi");
        if (y.isEmpty()) {
            return null;
        }
        if (y.get().args().size() != 3) {
            diagnostics.error(y.get().span(), "curve.form");
            return null;
        }
        Optional<Expr> f = numberArg(y.get(), 0, uses, true);
        Optional<Expr> from = numberArg(y.get(), 1, uses, false);
        Optional<Expr> to = numberArg(y.get(), 2, uses, false);
        if (f.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return null;
        }
        return new Shape.Curve(name, f.get(), from.get(), to.get(), style, span);
    }

    private Shape text(String name, Clauses clauses, Style style, Span span, Set<String> uses, boolean tex) {
        Optional<String> content = clauses.require("", tex ? "tex f: \"\\sin\\theta\"" : "text note: \"Hello\"")
                .map(ShapeChecker::text);
        double size = clauses.get("size").flatMap(c -> fixed(c, 0.1, 5)).orElse(tex ? 0.6 : 0.45);
        Placement placement = new Placement.OnScreen(ScreenPlace.CENTER);
        if (clauses.has("at")) {
            Clause at = clauses.get("at").get();
            Arg arg = at.args().get(0);
            if (arg instanceof Arg.PlaceArg p) {
                Optional<ScreenPlace> place = ScreenPlace.of(p.words());
                if (place.isEmpty()) {
                    diagnostics.error(p.span(), "place.unknown", String.join(" ", p.words()));
                    return null;
                }
                placement = new Placement.OnScreen(place.get());
            } else {
                Optional<Expr> point = pointArg(at, 0, uses);
                if (point.isEmpty()) {
                    return null;
                }
                placement = new Placement.AtPoint(point.get());
            }
        }
        if (content.isEmpty()) {
            return null;
        }
        return tex ? new Shape.Tex(name, content.get(), placement, size, style, span)
                : new Shape.Text(name, content.get(), placement, size, style, span);
    }

    private static String text(Clause clause) {
        return ((Arg.TextArg) clause.args().get(0)).text();
    }
}
