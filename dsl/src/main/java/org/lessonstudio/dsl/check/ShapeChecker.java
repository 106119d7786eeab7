package org.lessonstudio.dsl.check;

import java.util.List;
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
 * Checks the clauses of one object definition into a {@link Shape}: which clauses its kind takes
 * and its style (both from its declaration in {@link Kinds}), then the kind's own check.
 */
final class ShapeChecker {

    private final ExpressionChecker expressions;
    private final Diagnostics diagnostics;

    ShapeChecker(ExpressionChecker expressions, Diagnostics diagnostics) {
        this.expressions = expressions;
        this.diagnostics = diagnostics;
    }

    Optional<Shape> check(String word, String name, List<Clause> list, Span span, Set<String> uses) {
        Kind kind = Kinds.named(word).orElseThrow(() -> new IllegalStateException("the parser let through " + word));
        Clauses clauses = new Clauses(list, kind.clauses(), ExpressionChecker.article(word), span, diagnostics);
        ClauseReader read = new ClauseReader(clauses, expressions, diagnostics, uses, name, span);
        int before = diagnostics.errorCount();
        Shape shape = kind.check().check(read, style(read, kind));
        return diagnostics.errorCount() == before ? Optional.ofNullable(shape) : Optional.empty();
    }

    private Style style(ClauseReader read, Kind kind) {
        boolean quiet = kind.has(Kind.Trait.QUIET);
        Optional<ColorName> given = read.get("fill").flatMap(c -> read.color(c.args().get(0)));
        // A closed shape given a fill colour and no colour is edged in its fill: a pink region, a pink edge.
        ColorName color = read.get("color").flatMap(c -> read.color(c.args().get(0)))
                .or(() -> kind.has(Kind.Trait.ENCLOSES) ? given : Optional.empty())
                .orElse(quiet ? ColorName.GRAY : ColorName.INK);
        // A fill opacity alone shades the shape with its own colour.
        ColorName fill = given.orElse(kind.has(Kind.Trait.FILLED) || read.has("fill opacity") ? color : null);
        double thickness = read.fixed("thickness", 0.005, 1, quiet ? 0.025 : Style.DEFAULT_THICKNESS).orElse(0.04);
        double opacity = read.fixed("opacity", 0, 1, 1).orElse(1.0);
        // An area is a shading alone, so it shades a little more strongly than a shape's fill.
        double usual = kind.name().equals("area") ? Style.AREA_FILL_OPACITY : Style.DEFAULT_FILL_OPACITY;
        double fillOpacity = read.fixed("fill opacity", 0, 1, usual).orElse(usual);
        int layer = (int) Math.round(read.fixed("layer", -100, 100, 0).orElse(0.0));
        return new Style(color, fill, thickness, read.has("dashed"), opacity, layer, fillOpacity);
    }
}
