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
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Placement;
import org.lessonstudio.dsl.model.ScreenPlace;
import org.lessonstudio.dsl.source.Span;

/**
 * Reads the clauses of one object definition: numbers, points, fixed numbers within a range,
 * texts, colours and placements, reporting each mistake once. Records every name used, for the
 * scene's dependency order.
 */
final class ClauseReader {

    private static final Map<String, Placement.Side> SIDES = Map.of("above", Placement.Side.ABOVE,
            "below", Placement.Side.BELOW, "left", Placement.Side.LEFT, "right", Placement.Side.RIGHT,
            "next", Placement.Side.RIGHT);

    /** Writing that other writing can be placed beside. */
    private static final Set<String> WRITING = Set.of("text", "tex", "number", "table", "image");

    final Clauses clauses;
    final ExpressionChecker expressions;
    final Diagnostics diagnostics;
    final Set<String> uses;
    final String name;
    final Span span;

    ClauseReader(Clauses clauses, ExpressionChecker expressions, Diagnostics diagnostics, Set<String> uses,
                 String name, Span span) {
        this.clauses = clauses;
        this.expressions = expressions;
        this.diagnostics = diagnostics;
        this.uses = uses;
        this.name = name;
        this.span = span;
    }

    Optional<Clause> get(String keyword) {
        return clauses.get(keyword);
    }

    boolean has(String keyword) {
        return clauses.has(keyword);
    }

    Optional<Clause> require(String keyword, String example) {
        return clauses.require(keyword, example);
    }

    org.lessonstudio.dsl.ast.Expr expr(Clause clause, int index) {
        return ((Arg.ExprArg) clause.args().get(index)).expr();
    }

    Optional<Expr> number(Clause clause, int index) {
        return number(clause, index, null);
    }

    /** A number that may use the curve's parameter. */
    Optional<Expr> number(Clause clause, int index, String parameter) {
        Arg arg = clause.args().get(index);
        if (arg instanceof Arg.ScreenArg screen) {
            diagnostics.error(screen.span(), "type.wrong", "a number", "a place");
            return Optional.empty();
        }
        if (arg instanceof Arg.PlaceArg place) {
            diagnostics.error(place.span(), "place.not-here", String.join(" ", place.words()));
            return Optional.empty();
        }
        return expressions.number(((Arg.ExprArg) arg).expr(), parameter, uses);
    }

    Optional<Expr> point(Clause clause, int index) {
        Arg arg = clause.args().get(index);
        if (arg instanceof Arg.ScreenArg screen) {
            diagnostics.error(screen.span(), "place.not-here", "screen");
            return Optional.empty();
        }
        if (arg instanceof Arg.PlaceArg place) {
            diagnostics.error(place.span(), "place.not-here", String.join(" ", place.words()));
            return Optional.empty();
        }
        return expressions.point(((Arg.ExprArg) arg).expr(), uses);
    }

    /** The keyword's number, fixed (not changing) and within [min, max]; the fallback if not given. */
    Optional<Double> fixed(String keyword, double min, double max, double fallback) {
        Optional<Clause> clause = get(keyword);
        if (clause.isPresent() && clause.get().args().size() > 1) {
            // `size 10 by 6` and `step 1 and 20` are the axes' own; elsewhere one number is meant.
            diagnostics.error(clause.get().args().get(1).span(), "clause.one-number", keyword);
            return Optional.empty();
        }
        return clause.isEmpty() ? Optional.of(fallback) : fixed(clause.get(), 0, min, max);
    }

    Optional<Double> fixed(Clause clause, int index, double min, double max) {
        Arg arg = clause.args().get(index);
        if (!(arg instanceof Arg.ExprArg e)) {
            diagnostics.error(arg.span(), "type.wrong", "a number", "a place");
            return Optional.empty();
        }
        Optional<Expr> checked = expressions.number(e.expr(), null, new HashSet<>());
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble value = Constants.evaluate(checked.get());
        if (value.isEmpty()) {
            diagnostics.error(e.span(), "number.not-fixed", clause.keyword().isEmpty() ? "it" : clause.keyword());
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

    /** A positive number that may change, reported if it is fixed and not positive. */
    Optional<Expr> positive(Clause clause, int index, String code) {
        Optional<Expr> value = number(clause, index);
        value.map(Constants::evaluate).filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble)
                .filter(v -> !(v > 0))
                .ifPresent(v -> diagnostics.error(clause.args().get(index).span(), code, SceneChecker.format(v)));
        return value;
    }

    static String text(Clause clause) {
        return ((Arg.TextArg) clause.args().get(0)).text();
    }

    Optional<String> text(String keyword) {
        return get(keyword).map(ClauseReader::text);
    }

    Optional<ColorName> color(Arg arg) {
        return color(arg, diagnostics);
    }

    /**
     * A colour's name, or an exact colour in quotes ({@code "#58C4DD"}), or a report (with the
     * nearest name) that there is no such colour.
     */
    static Optional<ColorName> color(Arg written, org.lessonstudio.dsl.diag.Diagnostics diagnostics) {
        if (written instanceof Arg.TextArg text) {
            Optional<ColorName> exact = ColorName.hex(text.text().strip());
            if (exact.isEmpty() && ColorName.named(text.text().strip()).isPresent()) {
                diagnostics.error(text.span(), "color.quoted", text.text().strip());
            } else if (exact.isEmpty()) {
                diagnostics.error(text.span(), "color.hex", text.text());
            }
            return exact;
        }
        Arg.NameArg arg = (Arg.NameArg) written;
        Optional<ColorName> color = ColorName.named(arg.name());
        if (color.isEmpty()) {
            diagnostics.error(arg.span(), "color.unknown", arg.name()).didYouMeanOr(
                    Suggest.closest(arg.name(), ColorName.words()), "choices", "colours",
                    String.join(", ", ColorName.words()));
        }
        return color;
    }

    /** Where writing goes: {@code at PLACE}, {@code at POINT}, {@code above X}, {@code right of X}… */
    Optional<Placement> placement(Placement fallback) {
        List<String> given = SIDES.keySet().stream().filter(this::has).toList();
        if (has("at") && !given.isEmpty() || given.size() > 1) {
            diagnostics.error(span, "place.twice", name);
            return Optional.empty();
        }
        if (!given.isEmpty()) {
            String side = given.get(0);
            Clause clause = get(side).get();
            if (side.equals("right") && clause.args().isEmpty()) {
                diagnostics.error(clause.keywordSpan(), "place.right-of");
                return Optional.empty();
            }
            return beside(clause, SIDES.get(side));
        }
        if (!has("at")) {
            return Optional.of(fallback);
        }
        Clause at = get("at").get();
        Arg arg = at.args().get(0);
        if (arg instanceof Arg.ScreenArg s) {
            return expressions.point(s.expr(), uses).map(Placement.OnScreenAt::new);
        }
        if (arg instanceof Arg.PlaceArg p) {
            Optional<ScreenPlace> place = ScreenPlace.of(p.words());
            if (place.isEmpty()) {
                diagnostics.error(p.span(), "place.unknown", String.join(" ", p.words()));
                return Optional.empty();
            }
            return Optional.of(new Placement.OnScreen(place.get()));
        }
        return point(at, 0).map(Placement.AtPoint::new);
    }

    private Optional<Placement> beside(Clause clause, Placement.Side side) {
        org.lessonstudio.dsl.ast.Expr target = expr(clause, clause.args().size() - 1);
        if (target instanceof org.lessonstudio.dsl.ast.Expr.Name n) {
            Optional<Symbol> symbol = expressions.symbol(n.name());
            if (symbol.isEmpty() && n.name().equals("title")) {
                // the title card, written by a `title` action: writing goes under it or over it
                if (side == Placement.Side.LEFT || side == Placement.Side.RIGHT) {
                    diagnostics.error(n.span(), "place.beside-title");
                    return Optional.empty();
                }
                return Optional.of(new Placement.BesideTitle(side));
            }
            if (symbol.isPresent() && !symbol.get().kind().equals("point") && !symbol.get().isValue()) {
                if (symbol.get().isUnknown()) {
                    return Optional.empty();
                }
                // Beside a shape's outline, or beside other writing's box: a column of formulas is
                // each one `below` the one before.
                if (!Kinds.has(symbol.get().kind(), Kind.Trait.OUTLINE) && !WRITING.contains(symbol.get().kind())) {
                    diagnostics.error(n.span(), "place.not-beside", n.name(),
                            ExpressionChecker.article(symbol.get().kind()));
                    return Optional.empty();
                }
                uses.add(n.name());
                return Optional.of(new Placement.Beside(n.name(), null, side));
            }
        }
        return expressions.point(target, uses).map(p -> new Placement.Beside(null, p, side));
    }
}
