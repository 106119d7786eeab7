package org.lessonstudio.dsl.check;

import java.util.Optional;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.model.Axis;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Style;

/** Coordinate systems (axes, plane, number line), curves and shaded areas. */
final class GraphShapes {

    private final ClauseReader read;
    private final Style style;
    private final String name;

    GraphShapes(ClauseReader read, Style style) {
        this.read = read;
        this.style = style;
        this.name = read.name;
    }

    /** The x and y clauses of axes: a range ({@code x from -2 to 2}) and, separately, a label. */
    Shape axes(boolean plane) {
        double[] x = null;
        double[] y = null;
        String xLabel = "";
        String yLabel = "";
        for (String axis : new String[] {"x", "y"}) {
            Optional<Clause> clause = read.get(axis);
            if (clause.isEmpty()) {
                read.require(axis, axis + " from -2 to 2");
                continue;
            }
            double[] range = range(clause.get());
            if (axis.equals("x")) {
                x = range;
            } else {
                y = range;
            }
        }
        if (read.has("labels")) {
            Clause labels = read.get("labels").get();
            xLabel = ((Arg.TextArg) labels.args().get(0)).text();
            yLabel = ((Arg.TextArg) labels.args().get(1)).text();
        }
        // `step 1` for both axes, `step 1 and 20` for x and y; without one, each axis's is chosen (0).
        double xStep = read.get("step").map(c -> read.fixed(c, 0, 0.001, 1e6)).orElse(Optional.of(Axis.CHOSEN))
                .orElse(1.0);
        double yStep = read.get("step").filter(c -> c.args().size() == 2)
                .flatMap(c -> read.fixed(c, 1, 0.001, 1e6)).orElse(xStep);
        double[] size = size();
        boolean xNumbers = read.has("numbers");
        boolean yNumbers = read.has("numbers");
        // `numbers every 2` numbers both axes every 2, `every 2 and 0.5` x and y each their own,
        // `numbers on x every 2` the one axis; without `every`, the numbers go at the ticks.
        Optional<Clause> every = read.get("numbers").filter(c -> !c.args().isEmpty()
                && c.args().get(0) instanceof Arg.ExprArg);
        Optional<Clause> numbers = read.get("numbers").filter(c -> !c.args().isEmpty()
                && c.args().get(0) instanceof Arg.NameArg);
        double xEvery = xStep;
        double yEvery = yStep;
        if (every.isPresent()) {
            xEvery = read.fixed(every.get(), 0, 0.001, 1e6).orElse(xStep);
            yEvery = every.get().args().size() == 2 ? read.fixed(every.get(), 1, 0.001, 1e6).orElse(yStep) : xEvery;
        }
        if (numbers.isPresent() && numbers.get().args().size() == 2) {
            Optional<Double> onlyAxisEvery = read.fixed(numbers.get(), 1, 0.001, 1e6);
            xEvery = onlyAxisEvery.orElse(xStep);
            yEvery = onlyAxisEvery.orElse(yStep);
        }
        if (numbers.isPresent()) {
            String axis = ((Arg.NameArg) numbers.get().args().get(0)).name();
            if (!axis.equals("x") && !axis.equals("y")) {
                read.diagnostics.error(numbers.get().args().get(0).span(), "axes.numbers-on", axis);
                return null;
            }
            xNumbers = axis.equals("x");
            yNumbers = axis.equals("y");
        }
        boolean tips = true;
        Optional<Clause> no = read.get("no");
        if (no.isPresent()) {
            Arg.NameArg what = (Arg.NameArg) no.get().args().get(0);
            if (!what.name().equals("tips")) {
                read.diagnostics.error(what.span(), "axes.no", what.name());
                return null;
            }
            tips = false;
        }
        org.lessonstudio.dsl.model.ColorName gridColor = read.get("grid").filter(c -> !c.args().isEmpty())
                .flatMap(c -> read.color(c.args().get(0))).orElse(null);
        if (x == null || y == null || size == null) {
            return null;
        }
        return new Shape.Axes(name, new Axis(x[0], x[1], xStep, xNumbers, xLabel, xEvery),
                new Axis(y[0], y[1], yStep, yNumbers, yLabel, yEvery), size[0], size[1], plane || read.has("grid"),
                gridColor, tips, style, read.span);
    }

    /** {@code size 10 by 6}: the axes' width and height on screen, in screen units; 0 by 0 when not given. */
    private double[] size() {
        Optional<Clause> size = read.get("size");
        if (size.isEmpty()) {
            return new double[] {0, 0};
        }
        if (size.get().args().size() != 2) {
            read.diagnostics.error(size.get().span(), "axes.size-form");
            return null;
        }
        Optional<Double> width = read.fixed(size.get(), 0, 0.5, 16 * 4);
        Optional<Double> height = read.fixed(size.get(), 1, 0.5, 9 * 4);
        return width.isEmpty() || height.isEmpty() ? null : new double[] {width.get(), height.get()};
    }

    double[] range(Clause c) {
        if (c.args().size() != 2) {
            read.diagnostics.error(c.span(), "axes.range-form", c.keyword());
            return null;
        }
        Optional<Double> from = read.fixed(c, 0, -1e6, 1e6);
        Optional<Double> to = read.fixed(c, 1, -1e6, 1e6);
        if (from.isEmpty() || to.isEmpty()) {
            return null;
        }
        if (!(to.get() > from.get())) {
            read.diagnostics.error(c.span(), "range.empty", c.keyword(), SceneChecker.format(from.get()),
                    SceneChecker.format(to.get()));
            return null;
        }
        return new double[] {from.get(), to.get()};
    }

    Shape numberLine() {
        Optional<Clause> from = read.require("from", "from -5 to 5");
        double step = read.has("step") ? read.fixed("step", 0.001, 1000, 1).orElse(1.0) : Axis.CHOSEN;
        if (from.isEmpty()) {
            return null;
        }
        Clause c = from.get();
        double[] range = c.args().size() == 2 ? rangeOf(c) : null;
        if (c.args().size() != 2) {
            read.diagnostics.error(c.span(), "line.ends", "from -5 to 5");
        }
        return range == null ? null
                : new Shape.NumberLine(name, range[0], range[1], step, true, style, read.span);
    }

    private double[] rangeOf(Clause c) {
        Optional<Double> a = read.fixed(c, 0, -1e6, 1e6);
        Optional<Double> b = read.fixed(c, 1, -1e6, 1e6);
        if (a.isEmpty() || b.isEmpty()) {
            return null;
        }
        if (!(b.get() > a.get())) {
            read.diagnostics.error(c.span(), "range.empty", "from", SceneChecker.format(a.get()),
                    SceneChecker.format(b.get()));
            return null;
        }
        return new double[] {a.get(), b.get()};
    }

    /** {@code y = f(x)}, {@code x = f(t), y = g(t)} or {@code r = f(θ)}, each with {@code for NAME from A to B}. */
    Shape curve() {
        Optional<Clause> range = read.require("for", "y = sin(x) for x from 0 to 2 pi");
        if (range.isEmpty() || !isRange(range.get())) {
            return null;
        }
        String parameter = ((Arg.NameArg) range.get().args().get(0)).name();
        Optional<Expr> from = read.number(range.get(), 1);
        Optional<Expr> to = read.number(range.get(), 2);
        Optional<Clause> x = read.get("x").filter(c -> isFormula(c));
        Optional<Clause> y = read.get("y").filter(c -> isFormula(c));
        Optional<Clause> r = read.get("r");
        for (String axis : new String[] {"x", "y"}) {
            read.get(axis).filter(c -> !isFormula(c)).ifPresent(c -> read.diagnostics.error(c.span(), "curve.form"));
        }
        if (r.isPresent() && (x.isPresent() || y.isPresent())) {
            read.diagnostics.error(r.get().keywordSpan(), "curve.polar-and-xy");
            return null;
        }
        if (from.isEmpty() || to.isEmpty()) {
            return null;
        }
        if (r.isPresent()) {
            return read.number(r.get(), 0, parameter).map(f -> (Shape) new Shape.Curve(name, Shape.CurveForm.POLAR,
                    f, null, from.get(), to.get(), style, read.span)).orElse(null);
        }
        if (y.isEmpty()) {
            read.diagnostics.error(read.span, "curve.form");
            return null;
        }
        Optional<Expr> fy = read.number(y.get(), 0, parameter);
        if (x.isPresent()) {
            Optional<Expr> fx = read.number(x.get(), 0, parameter);
            return fx.isPresent() && fy.isPresent() ? new Shape.Curve(name, Shape.CurveForm.PARAMETRIC, fx.get(),
                    fy.get(), from.get(), to.get(), style, read.span) : null;
        }
        return fy.map(f -> (Shape) new Shape.Curve(name, Shape.CurveForm.EXPLICIT, new Expr.CurveVariable(), f,
                from.get(), to.get(), style, read.span)).orElse(null);
    }

    private static boolean isFormula(Clause c) {
        return c.args().size() == 1 && c.args().get(0) instanceof Arg.ExprArg;
    }

    /** {@code under wave} or {@code between f and g}, optionally {@code for x from A to B}. */
    Shape area() {
        String upper;
        String lower = null;
        if (read.has("under") == read.has("between")) {
            read.diagnostics.error(read.span, "area.form");
            return null;
        }
        if (read.has("under")) {
            upper = curveName((Arg.NameArg) read.get("under").get().args().get(0));
        } else {
            Clause between = read.get("between").get();
            upper = curveName((Arg.NameArg) between.args().get(0));
            lower = curveName((Arg.NameArg) between.args().get(1));
            if (lower == null) {
                return null;
            }
        }
        if (upper == null) {
            return null;
        }
        Expr from = null;
        Expr to = null;
        if (read.has("for")) {
            Clause range = read.get("for").get();
            if (!isRange(range)) {
                return null;
            }
            Optional<Expr> a = read.number(range, 1);
            Optional<Expr> b = read.number(range, 2);
            if (a.isEmpty() || b.isEmpty()) {
                return null;
            }
            from = a.get();
            to = b.get();
        }
        return new Shape.Area(name, upper, lower, from, to, style, read.span);
    }

    /**
     * Whether a {@code for} clause is a range ({@code for x from 0 to 2 pi}); reported when it is
     * a length of time instead ({@code for 3s}, which a shot of footage has, not a curve).
     */
    private boolean isRange(Clause range) {
        if (range.args().size() == 3 && range.args().get(0) instanceof Arg.NameArg) {
            return true;
        }
        read.diagnostics.error(range.span(), "curve.range");
        return false;
    }

    private String curveName(Arg.NameArg ref) {
        Optional<Symbol> symbol = read.expressions.symbol(ref.name());
        if (symbol.isEmpty()) {
            read.expressions.unknownName(ref.name(), ref.span(), null);
            return null;
        }
        if (symbol.get().isUnknown()) {
            return null;
        }
        if (!symbol.get().kind().equals("curve")) {
            read.diagnostics.error(ref.span(), "area.not-curve", ref.name(),
                    ExpressionChecker.article(symbol.get().kind()));
            return null;
        }
        read.uses.add(ref.name());
        return ref.name();
    }
}
