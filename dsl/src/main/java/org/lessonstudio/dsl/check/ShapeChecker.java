package org.lessonstudio.dsl.check;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.dsl.source.Span;

/**
 * Checks the clauses of one object definition into a {@link Shape}: which clauses each kind
 * takes, its style, then the kind's own parts (in {@link FigureShapes}, {@link GraphShapes} and
 * {@link WritingShapes}).
 */
final class ShapeChecker {

    private static final Set<String> STYLE = Set.of("color", "thickness", "dashed", "opacity", "layer");
    private static final Set<String> PLACE = Set.of("at", "above", "below", "left", "right", "next", "layer");

    /** Kinds with an outline in the scene, which writing can be placed beside. */
    static final Set<String> HAS_OUTLINE = Set.of("axes", "plane", "number line", "circle", "ellipse", "arc",
            "sector", "line", "segment", "ray", "arrow", "vector", "polygon", "rectangle", "square", "angle", "curve",
            "area", "brace");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("axes", Set.of("x", "y", "color", "thickness", "opacity", "step", "grid", "numbers", "labels", "layer")),
            Map.entry("plane", Set.of("x", "y", "color", "thickness", "opacity", "step", "numbers", "labels", "layer")),
            Map.entry("number line", Set.of("from", "step", "numbers", "color", "thickness", "opacity", "layer")),
            Map.entry("circle", with(STYLE, "center", "radius", "fill")),
            Map.entry("ellipse", with(STYLE, "center", "width", "height", "fill")),
            Map.entry("arc", with(STYLE, "center", "radius", "from")),
            Map.entry("sector", with(STYLE, "center", "radius", "from", "fill")),
            Map.entry("point", Set.of("at", "on", "label", "color", "size", "opacity", "layer")),
            Map.entry("line", with(STYLE, "from")),
            Map.entry("segment", with(STYLE, "from")),
            Map.entry("arrow", with(STYLE, "from")),
            Map.entry("vector", with(STYLE, "from", "components")),
            Map.entry("ray", with(STYLE, "from", "through")),
            Map.entry("polygon", with(STYLE, "points", "sides", "center", "radius", "rotation", "fill")),
            Map.entry("rectangle", with(STYLE, "corner", "center", "from", "width", "height", "fill")),
            Map.entry("square", with(STYLE, "corner", "center", "side", "fill")),
            Map.entry("angle", Set.of("at", "from", "radius", "label", "right", "color", "thickness", "opacity", "layer")),
            Map.entry("curve", with(STYLE, "x", "y", "r", "for")),
            Map.entry("area", Set.of("under", "between", "for", "fill", "color", "opacity", "layer")),
            Map.entry("brace", Set.of("from", "label", "color", "thickness", "opacity", "layer")),
            Map.entry("text", with(PLACE, "", "size", "color", "opacity")),
            Map.entry("number", with(PLACE, "", "decimals", "prefix", "suffix", "size", "color", "opacity")),
            Map.entry("tex", with(PLACE, "", "size", "color", "color part", "opacity")),
            Map.entry("table", with(PLACE, "x", "step", "y", "decimals", "size", "color", "opacity")),
            Map.entry("image", with(PLACE, "", "size", "opacity")));

    private final ExpressionChecker expressions;
    private final Diagnostics diagnostics;

    ShapeChecker(ExpressionChecker expressions, Diagnostics diagnostics) {
        this.expressions = expressions;
        this.diagnostics = diagnostics;
    }

    private static Set<String> with(Set<String> base, String... extra) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(extra));
        return Set.copyOf(all);
    }

    Optional<Shape> check(String kind, String name, List<Clause> list, Span span, Set<String> uses) {
        Clauses clauses = new Clauses(list, ALLOWED.get(kind), ExpressionChecker.article(kind), span, diagnostics);
        ClauseReader read = new ClauseReader(clauses, expressions, diagnostics, uses, name, span);
        int before = diagnostics.errorCount();
        Style style = style(read, kind);
        Shape shape = switch (kind) {
            case "axes", "plane", "number line", "curve", "area" -> new GraphShapes(read, style).check(kind);
            case "text", "tex", "number", "table", "image" -> new WritingShapes(read, style).check(kind);
            default -> new FigureShapes(read, style).check(kind);
        };
        return diagnostics.errorCount() == before ? Optional.ofNullable(shape) : Optional.empty();
    }

    private Style style(ClauseReader read, String kind) {
        boolean quiet = kind.equals("axes") || kind.equals("plane") || kind.equals("number line");
        ColorName color = read.get("color").flatMap(c -> read.color((Arg.NameArg) c.args().get(0)))
                .orElse(quiet ? ColorName.GRAY : ColorName.INK);
        ColorName fill = read.get("fill").flatMap(c -> read.color((Arg.NameArg) c.args().get(0)))
                .orElse(kind.equals("area") || kind.equals("sector") ? color : null);
        double thickness = read.fixed("thickness", 0.005, 1, quiet ? 0.025 : Style.DEFAULT_THICKNESS).orElse(0.04);
        double opacity = read.fixed("opacity", 0, 1, 1).orElse(1.0);
        int layer = (int) Math.round(read.fixed("layer", -100, 100, 0).orElse(0.0));
        return new Style(color, fill, thickness, read.has("dashed"), opacity, layer);
    }
}
