package org.lessonstudio.dsl.check;

import java.util.Optional;
import java.util.OptionalDouble;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Placement;
import org.lessonstudio.dsl.model.ScreenPlace;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Style;

/**
 * {@code magnifier m: center (-2, 2), size 2 by 0.4, zoom 3, shown at top right, border red}: the
 * part of the scene it magnifies (a point that may move, a fixed size), how many times larger it is
 * shown, and where on the frame.
 */
final class MagnifierShape {

    /** Half the frame's width and height in screen units: where {@code shown at screen (x, y)} may go. */
    private static final double HALF_WIDTH = 8;
    private static final double HALF_HEIGHT = 4.5;

    private MagnifierShape() {
    }

    static Shape check(ClauseReader read, Style style) {
        Optional<Clause> center = read.require("center", "center (-2, 2)");
        Optional<Clause> size = read.require("size", "size 2 by 0.4");
        if (center.isEmpty() || size.isEmpty()) {
            return null;
        }
        Optional<Expr> middle = read.point(center.get(), 0);
        if (size.get().args().size() != 2) {
            read.diagnostics.error(size.get().span(), "magnifier.size-form");
            return null;
        }
        Optional<Double> width = read.fixed(size.get(), 0, 0.01, 1000);
        Optional<Double> height = read.fixed(size.get(), 1, 0.01, 1000);
        Optional<Double> zoom = zoom(read);
        Optional<Placement> shown = shown(read);
        Optional<ColorName> border = read.get("border").isEmpty() ? Optional.of(style.color())
                : read.color(read.get("border").get().args().get(0));
        if (middle.isEmpty() || width.isEmpty() || height.isEmpty() || zoom.isEmpty() || shown.isEmpty()
                || border.isEmpty()) {
            return null;
        }
        return new Shape.Magnifier(read.name, middle.get(), width.get(), height.get(), zoom.get(), shown.get(),
                border.get(), style, read.span);
    }

    /** How many times larger: 2 unless given, from 1 to 50. */
    private static Optional<Double> zoom(ClauseReader read) {
        Optional<Clause> clause = read.get("zoom");
        if (clause.isEmpty()) {
            return Optional.of(2.0);
        }
        Arg arg = clause.get().args().get(0);
        if (arg instanceof Arg.ExprArg e) {
            Optional<Expr> checked = read.expressions.number(e.expr(), null, new java.util.HashSet<>());
            OptionalDouble v = checked.map(Constants::evaluate).orElse(OptionalDouble.empty());
            if (v.isPresent() && !(v.getAsDouble() >= 1 && v.getAsDouble() <= 50)) {
                read.diagnostics.error(e.span(), "magnifier.zoom", SceneChecker.format(v.getAsDouble()));
                return Optional.empty();
            }
        }
        return read.fixed(clause.get(), 0, 1, 50);
    }

    /** Where the magnified picture goes: a named place, a place on screen, or a point of the scene. */
    private static Optional<Placement> shown(ClauseReader read) {
        Optional<Clause> clause = read.get("shown");
        if (clause.isEmpty()) {
            return Optional.of(new Placement.OnScreen(ScreenPlace.TOP_RIGHT));
        }
        Arg arg = clause.get().args().get(0);
        if (arg instanceof Arg.PlaceArg p) {
            Optional<ScreenPlace> place = ScreenPlace.of(p.words());
            if (place.isEmpty()) {
                read.diagnostics.error(p.span(), "place.unknown", String.join(" ", p.words()));
            }
            return place.map(Placement.OnScreen::new);
        }
        if (arg instanceof Arg.ScreenArg s) {
            Optional<Expr> point = read.expressions.point(s.expr(), read.uses);
            if (point.isPresent() && point.get() instanceof Expr.PairOf pair) {
                OptionalDouble x = Constants.evaluate(pair.x());
                OptionalDouble y = Constants.evaluate(pair.y());
                if (x.isPresent() && y.isPresent()
                        && (Math.abs(x.getAsDouble()) > HALF_WIDTH || Math.abs(y.getAsDouble()) > HALF_HEIGHT)) {
                    read.diagnostics.error(s.span(), "magnifier.off-frame", SceneChecker.format(x.getAsDouble()),
                            SceneChecker.format(y.getAsDouble()));
                    return Optional.empty();
                }
            }
            return point.map(Placement.OnScreenAt::new);
        }
        return read.point(clause.get(), 0).map(Placement.AtPoint::new);
    }
}
