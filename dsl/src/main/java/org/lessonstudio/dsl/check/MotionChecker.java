package org.lessonstudio.dsl.check;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.ast.Target;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Action.MotionKind;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Expr;

/**
 * The actions that move and change objects: grow, move, rotate, scale, change, highlight,
 * indicate, circumscribe, trace, transform, and the camera.
 */
final class MotionChecker {

    private final ActionChecker a;

    MotionChecker(ActionChecker action) {
        this.a = action;
    }

    Optional<Action> check(String verb) {
        return switch (verb) {
            case "grow" -> motion(MotionKind.GROW, Set.of("from"), 1.0);
            case "move" -> move();
            case "rotate" -> motion(MotionKind.ROTATE, Set.of("by", "about"), 1.5);
            case "scale" -> motion(MotionKind.SCALE, Set.of("by", "about"), 1.0);
            case "highlight", "indicate" -> motion(MotionKind.INDICATE, Set.of(), 1.0);
            case "change" -> change();
            case "circumscribe" -> circumscribe();
            case "trace" -> trace();
            case "transform" -> transform();
            case "camera" -> camera();
            case "warp" -> warp();
            default -> throw new IllegalStateException("parser let through an unknown action " + verb);
        };
    }

    private Optional<List<String>> targets() {
        return a.targets(a.action.targets(), new boolean[1]);
    }

    private Optional<Expr> point(String keyword) {
        return a.clauses.get(keyword).flatMap(c -> a.scene.expressions().point(((Arg.ExprArg) c.args().get(0)).expr(),
                new HashSet<>()));
    }

    private Optional<Expr> number(Clause clause) {
        return a.scene.expressions().number(((Arg.ExprArg) clause.args().get(0)).expr(), null, new HashSet<>());
    }

    private Optional<Action> motion(MotionKind kind, Set<String> extra, double fallback) {
        Set<String> allowed = new HashSet<>(Set.of("over", "ease", "stagger"));
        allowed.addAll(extra);
        a.options(allowed);
        Easing easing = a.easing();
        double seconds = a.seconds(fallback);
        double stagger = a.stagger();
        Optional<List<String>> targets = targets();
        Expr point = null;
        Expr amount = null;
        int before = a.diagnostics.errorCount();
        if (kind == MotionKind.GROW && a.clauses.has("from")) {
            point = point("from").orElse(null);
        }
        if (kind == MotionKind.ROTATE || kind == MotionKind.SCALE) {
            String example = kind == MotionKind.ROTATE ? "rotate sq by 90deg about (0, 0)" : "scale c by 2";
            amount = a.clauses.require("by", example).flatMap(this::number).orElse(null);
            if (a.clauses.has("about")) {
                point = point("about").orElse(null);
            }
        }
        if (targets.isEmpty() || a.diagnostics.errorCount() != before) {
            return Optional.empty();
        }
        Action.Motion motion = new Action.Motion(kind, targets.get(), point, amount, null, null, seconds, easing,
                stagger, a.action.span());
        if (kind != MotionKind.GROW) {
            return Optional.of(motion);
        }
        Action.Reveal show = new Action.Reveal(Action.RevealKind.SHOW, targets.get(), 0, easing, stagger,
                a.action.span());
        return Optional.of(new Action.Together(List.of(show, motion), 0, a.action.span()));
    }

    /** {@code move P to (1, 2)}, {@code move P by (1, 0)} or {@code move P along c}. */
    private Optional<Action> move() {
        a.options(Set.of("to", "by", "along", "over", "ease", "stagger"));
        Easing easing = a.easing();
        double seconds = a.seconds(1.5);
        double stagger = a.stagger();
        Optional<List<String>> targets = targets();
        int forms = (a.clauses.has("to") ? 1 : 0) + (a.clauses.has("by") ? 1 : 0) + (a.clauses.has("along") ? 1 : 0);
        if (forms != 1) {
            a.diagnostics.error(a.action.verbSpan(), "move.form");
            return Optional.empty();
        }
        if (targets.isEmpty()) {
            return Optional.empty();
        }
        if (a.clauses.has("by")) {
            return point("by").map(p -> new Action.Motion(MotionKind.BY, targets.get(), p, null, null, null, seconds,
                    easing, stagger, a.action.span()));
        }
        if (a.clauses.has("to")) {
            return point("to").map(p -> new Action.Motion(MotionKind.MOVE, targets.get(), p, null, null, null, seconds,
                    easing, stagger, a.action.span()));
        }
        Arg.NameArg path = (Arg.NameArg) a.clauses.get("along").get().args().get(0);
        Optional<Symbol> symbol = a.scene.symbol(path.name());
        if (symbol.isEmpty()) {
            a.scene.expressions().unknownName(path.name(), path.span(), null);
            return Optional.empty();
        }
        if (!Kinds.has(symbol.get().kind(), Kind.Trait.PATH)) {
            a.diagnostics.error(path.span(), "move.along-kind", path.name(),
                    ExpressionChecker.article(symbol.get().kind()));
            return Optional.empty();
        }
        return Optional.of(new Action.Motion(MotionKind.ALONG, targets.get(), null, null, path.name(), null, seconds,
                easing, stagger, a.action.span()));
    }

    /** Kinds that are pictures, not lines: they cannot bend. */
    private static final Set<String> UNWARPABLE = Set.of("image", "heat map");

    /**
     * {@code warp grid to (x + sin(y), y + sin(x)) over 3s}: every point of the objects goes to
     * where the formula sends it.
     */
    private Optional<Action> warp() {
        a.options(Set.of("to", "over", "ease", "stagger"));
        Easing easing = a.easing();
        double seconds = a.seconds(2.0);
        double stagger = a.stagger();
        Optional<List<String>> targets = targets();
        Optional<Clause> to = a.clauses.require("to", "warp grid to (x + sin(y), y + sin(x))");
        if (to.isEmpty()) {
            return Optional.empty();
        }
        Optional<Expr> formula = a.scene.expressions().pointOfPlane(((Arg.ExprArg) to.get().args().get(0)).expr(),
                new HashSet<>());
        if (targets.isEmpty() || formula.isEmpty()) {
            return Optional.empty();
        }
        for (String target : targets.get()) {
            Optional<Symbol> symbol = a.scene.symbol(target);
            if (symbol.isPresent() && UNWARPABLE.contains(symbol.get().kind())) {
                Target written = a.action.targets().stream()
                        .filter(t -> t instanceof Target.Named n && n.name().equals(target)).findFirst()
                        .orElse(a.action.targets().get(0));
                a.diagnostics.error(written.span(), "warp.picture", target,
                        ExpressionChecker.article(symbol.get().kind()));
                return Optional.empty();
            }
        }
        return Optional.of(new Action.Warp(targets.get(), formula.get(), seconds, easing, stagger, a.action.span()));
    }

    /** {@code change c color red}, {@code opacity 0.3} or {@code thickness 0.1}: one or more of them. */
    private Optional<Action> change() {
        a.options(Set.of("color", "fill", "fill opacity", "opacity", "thickness", "over", "ease", "stagger"));
        Easing easing = a.easing();
        double seconds = a.seconds(1.0);
        double stagger = a.stagger();
        Optional<List<String>> targets = targets();
        int before = a.diagnostics.errorCount();
        ColorName color = a.clauses.get("color").flatMap(c -> ClauseReader.color(c.args().get(0), a.diagnostics)).orElse(null);
        ColorName fill = a.clauses.get("fill").flatMap(c -> ClauseReader.color(c.args().get(0), a.diagnostics)).orElse(null);
        Double opacity = a.clauses.get("opacity").flatMap(c -> fixed(c, 0, 1)).orElse(null);
        Double fillOpacity = a.clauses.get("fill opacity").flatMap(c -> fixed(c, 0, 1)).orElse(null);
        Double thickness = a.clauses.get("thickness").flatMap(c -> fixed(c, 0.005, 1)).orElse(null);
        if (color == null && fill == null && opacity == null && fillOpacity == null && thickness == null
                && a.diagnostics.errorCount() == before) {
            a.diagnostics.error(a.action.verbSpan(), "change.nothing");
        }
        if (targets.isEmpty() || a.diagnostics.errorCount() != before) {
            return Optional.empty();
        }
        return Optional.of(new Action.Change(targets.get(), color, fill, opacity, fillOpacity, thickness, seconds,
                easing, stagger, a.action.span()));
    }

    Optional<Double> fixed(Clause clause, double min, double max) {
        Optional<Expr> value = number(clause);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble v = Constants.evaluate(value.get());
        if (v.isEmpty()) {
            a.diagnostics.error(clause.args().get(0).span(), "number.not-fixed", clause.keyword());
            return Optional.empty();
        }
        if (!(v.getAsDouble() >= min && v.getAsDouble() <= max)) {
            a.diagnostics.error(clause.args().get(0).span(), "range.number", clause.keyword(),
                    SceneChecker.format(v.getAsDouble()), SceneChecker.format(min), SceneChecker.format(max));
            return Optional.empty();
        }
        return Optional.of(v.getAsDouble());
    }

    /** A camera's zoom: a fixed number from 0.05 (far out) to 50 (close in). */
    private Optional<Double> zoom(Clause clause) {
        Optional<Expr> value = number(clause);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble v = Constants.evaluate(value.get());
        if (v.isPresent() && !(v.getAsDouble() >= 0.05 && v.getAsDouble() <= 50)) {
            a.diagnostics.error(clause.args().get(0).span(), "camera.zoom", SceneChecker.format(v.getAsDouble()));
            return Optional.empty();
        }
        return fixed(clause, 0.05, 50);
    }

    private Optional<Action> circumscribe() {
        a.options(Set.of("over"));
        double seconds = a.seconds(1.2);
        return targets().map(t -> new Action.Circumscribe(t, seconds, a.action.span()));
    }

    /** {@code trace P}: only a point leaves a trail. */
    private Optional<Action> trace() {
        a.options(Set.of("over"));
        double seconds = a.seconds(0);
        if (a.action.targets().size() != 1 || !(a.action.targets().get(0) instanceof Target.Named named)) {
            a.diagnostics.error(a.action.verbSpan(), "trace.one-point");
            return Optional.empty();
        }
        Optional<Symbol> symbol = a.scene.symbol(named.name());
        if (symbol.isEmpty()) {
            a.scene.expressions().unknownName(named.name(), named.span(), null);
            return Optional.empty();
        }
        if (!Kinds.has(symbol.get().kind(), Kind.Trait.POINT)) {
            if (!symbol.get().isUnknown()) {
                a.diagnostics.error(named.span(), "trace.not-point", named.name(),
                        ExpressionChecker.article(symbol.get().kind()));
            }
            return Optional.empty();
        }
        return Optional.of(new Action.Trace(named.name(), seconds, a.action.span()));
    }

    /** {@code transform A into B}: B may be written in place ({@code into tex "y = \sin x"}). */
    private Optional<Action> transform() {
        a.options(Set.of("into", "over", "ease"));
        Easing easing = a.easing();
        double seconds = a.seconds(1.5);
        List<Target> written = a.action.targets();
        if (written.size() != 2) {
            a.diagnostics.error(a.action.verbSpan(), "transform.one");
            return Optional.empty();
        }
        Optional<List<String>> from = a.targets(List.of(written.get(0)), new boolean[1]);
        Optional<List<String>> to = a.targets(List.of(written.get(1)), new boolean[1]);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (from.get().size() != 1 || to.get().size() != 1) {
            a.diagnostics.error(a.action.verbSpan(), "transform.one");
            return Optional.empty();
        }
        return Optional.of(new Action.Transform(from.get().get(0), to.get().get(0), seconds, easing,
                a.action.span()));
    }

    /**
     * {@code camera zoom 2}, {@code camera pan to (1, 0)}, {@code camera focus P},
     * {@code camera follow P zoom 2}, {@code camera reset}.
     */
    private Optional<Action> camera() {
        a.options(Set.of("zoom", "pan", "focus", "follow", "reset", "over", "ease"));
        Easing easing = a.easing();
        double seconds = a.seconds(1.5);
        int moves = (a.clauses.has("pan") ? 1 : 0) + (a.clauses.has("focus") ? 1 : 0)
                + (a.clauses.has("follow") ? 1 : 0) + (a.clauses.has("reset") ? 1 : 0);
        if (moves > 1 || moves == 0 && !a.clauses.has("zoom") || a.clauses.has("reset") && a.clauses.has("zoom")) {
            a.diagnostics.error(a.action.verbSpan(), "camera.form");
            return Optional.empty();
        }
        int before = a.diagnostics.errorCount();
        Double zoom = a.clauses.get("zoom").flatMap(this::zoom).orElse(null);
        Expr center = a.clauses.has("pan") ? a.clauses.get("pan").flatMap(c -> a.scene.expressions().point(
                ((Arg.ExprArg) c.args().get(0)).expr(), new HashSet<>())).orElse(null) : null;
        boolean follow = a.clauses.has("follow");
        String focus = null;
        if (a.clauses.has("focus") || follow) {
            String word = follow ? "follow" : "focus";
            Arg.NameArg target = (Arg.NameArg) a.clauses.get(word).get().args().get(0);
            Optional<Symbol> symbol = a.scene.symbol(target.name());
            if (symbol.isEmpty()) {
                a.scene.expressions().unknownName(target.name(), target.span(), null);
            } else if (!Kinds.has(symbol.get().kind(), Kind.Trait.POINT) && !Kinds.has(symbol.get().kind(), Kind.Trait.OUTLINE)
                    && !symbol.get().isUnknown()) {
                a.diagnostics.error(target.span(), "camera." + word + "-kind", target.name(),
                        ExpressionChecker.article(symbol.get().kind()));
            } else {
                focus = target.name();
            }
        }
        if (a.diagnostics.errorCount() != before) {
            return Optional.empty();
        }
        return Optional.of(new Action.Camera(zoom, center, focus, follow, a.clauses.has("reset"), seconds, easing,
                a.action.span()));
    }
}
