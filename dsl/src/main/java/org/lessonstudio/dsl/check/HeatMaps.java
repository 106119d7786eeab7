package org.lessonstudio.dsl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Style;

/**
 * Checks a heat map, a picture made from numbers:
 *
 * <pre>
 * heat map plate: value 100 exp(-(x^2 + y^2) / 4), x from -4 to 4, y from -3 to 3, colors blue, yellow and red from 0 to 100, legend "°C"
 * heat map ramp: values 0, 255, x from -2 to 2, y from -2 to 2, colors black and white
 * </pre>
 */
final class HeatMaps {

    /** Cold to hot, unless the lesson says otherwise. */
    private static final List<ColorName> COLD_TO_HOT = List.of(ColorName.BLUE, ColorName.RED);

    private HeatMaps() {
    }

    static Shape check(ClauseReader read, Style style) {
        Optional<Clause> value = read.get("value");
        Optional<Clause> values = read.get("values");
        if (value.isPresent() == values.isPresent()) {
            read.diagnostics.error(values.isPresent() ? values.get().keywordSpan() : read.span, "heat-map.form");
            return null;
        }
        Expr formula = null;
        List<Expr> row = new ArrayList<>();
        if (value.isPresent()) {
            formula = read.number(value.get(), 0, ExpressionChecker.PLANE).orElse(null);
            if (formula == null) {
                return null;
            }
        } else {
            for (int i = 0; i < values.get().args().size(); i++) {
                Optional<Expr> number = read.number(values.get(), i);
                if (number.isEmpty()) {
                    return null;
                }
                row.add(number.get());
            }
        }
        Shape.Extent extent = extent(read);
        if (extent == null && (read.has("x") || read.has("y"))) {
            return null;
        }
        List<ColorName> colors = colors(read);
        if (colors == null) {
            return null;
        }
        Expr low = null;
        Expr high = null;
        Optional<Clause> scale = read.get("from");
        if (scale.isPresent()) {
            if (scale.get().args().size() != 2) {
                read.diagnostics.error(scale.get().span(), "heat-map.scale");
                return null;
            }
            low = read.number(scale.get(), 0).orElse(null);
            high = read.number(scale.get(), 1).orElse(null);
            if (low == null || high == null) {
                return null;
            }
            OptionalDouble a = Constants.evaluate(low);
            OptionalDouble b = Constants.evaluate(high);
            if (a.isPresent() && b.isPresent() && !(b.getAsDouble() > a.getAsDouble())) {
                read.diagnostics.error(scale.get().span(), "range.empty", "from", SceneChecker.format(a.getAsDouble()),
                        SceneChecker.format(b.getAsDouble()));
                return null;
            }
        }
        String legend = read.get("legend").map(c -> c.args().isEmpty() ? "" : ((Arg.TextArg) c.args().get(0)).text())
                .orElse(null);
        return new Shape.HeatMap(read.name, formula, row, extent, colors, low, high, legend, style, read.span);
    }

    /** {@code x from A to B, y from C to D}: both or neither (then all the scene shows). */
    private static Shape.Extent extent(ClauseReader read) {
        if (!read.has("x") && !read.has("y")) {
            return null;
        }
        GraphShapes ranges = new GraphShapes(read, null);
        double[] x = null;
        double[] y = null;
        for (String axis : new String[] {"x", "y"}) {
            Optional<Clause> clause = read.get(axis);
            if (clause.isEmpty()) {
                read.require(axis, axis + " from -2 to 2");
                continue;
            }
            double[] range = ranges.range(clause.get());
            if (axis.equals("x")) {
                x = range;
            } else {
                y = range;
            }
        }
        return x == null || y == null ? null : new Shape.Extent(x[0], x[1], y[0], y[1]);
    }

    /** The colours the numbers run through, from the lowest to the highest: at least two. */
    private static List<ColorName> colors(ClauseReader read) {
        Optional<Clause> clause = read.get("colors");
        if (clause.isEmpty()) {
            return COLD_TO_HOT;
        }
        List<ColorName> colors = new ArrayList<>();
        for (Arg arg : clause.get().args()) {
            Optional<ColorName> color = read.color(arg);
            if (color.isEmpty()) {
                return null;
            }
            colors.add(color.get());
        }
        if (colors.size() < 2) {
            read.diagnostics.error(clause.get().span(), "heat-map.one-color", colors.get(0).word());
            return null;
        }
        return colors;
    }
}
