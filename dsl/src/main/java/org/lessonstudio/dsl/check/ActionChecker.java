package org.lessonstudio.dsl.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.ast.Statement;
import org.lessonstudio.dsl.ast.Target;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.diag.Suggest;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Action.RevealKind;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Expr;

/** Checks one action (and the actions nested under it) into an {@link Action}. */
final class ActionChecker {

    private static final Map<String, RevealKind> REVEALS = Map.of("draw", RevealKind.DRAW, "write", RevealKind.WRITE,
            "show", RevealKind.SHOW, "hide", RevealKind.HIDE, "fade in", RevealKind.FADE_IN,
            "fade out", RevealKind.FADE_OUT);

    private static final Set<String> WRITING = Set.of("text", "tex", "number", "table");

    /** Seconds an action takes when the lesson does not say. */
    static final double DRAW_SECONDS = 1.2;
    static final double FADE_SECONDS = 0.8;
    static final double ANIMATE_SECONDS = 1.5;
    static final double WAIT_SECONDS = 1;

    private final SceneChecker scene;
    private final Diagnostics diagnostics;
    private final Statement.Action action;

    ActionChecker(SceneChecker scene, Statement.Action action) {
        this.scene = scene;
        this.diagnostics = scene.diagnostics();
        this.action = action;
    }

    Optional<Action> check() {
        String verb = action.verb();
        RevealKind reveal = REVEALS.get(verb);
        if (reveal != null) {
            return reveal(reveal);
        }
        return switch (verb) {
            case "animate" -> animate();
            case "together" -> {
                options(Set.of());
                yield Optional.of(new Action.Together(scene.nestedActions(action.block()), action.span()));
            }
            case "wait" -> {
                Clauses clauses = options(Set.of("over"));
                double seconds = clauses.get("over").map(scene::duration).filter(OptionalDouble::isPresent)
                        .map(OptionalDouble::getAsDouble).orElse(WAIT_SECONDS);
                yield Optional.of(new Action.Wait(seconds, action.span()));
            }
            case "say" -> {
                Clauses clauses = options(Set.of(""));
                String text = clauses.get("").map(c -> ((Arg.TextArg) c.args().get(0)).text()).orElse("");
                yield Optional.of(new Action.Say(text, SpeechEstimate.seconds(text),
                        scene.nestedActions(action.block()), action.span()));
            }
            case "title" -> {
                Clauses clauses = options(Set.of("", "subtitle", "over"));
                String text = clauses.get("").map(c -> ((Arg.TextArg) c.args().get(0)).text()).orElse("");
                String subtitle = clauses.get("subtitle").map(c -> ((Arg.TextArg) c.args().get(0)).text()).orElse("");
                double seconds = seconds(clauses, 1.5);
                String name = scene.title(text, subtitle, action.span());
                yield Optional.of(new Action.Reveal(RevealKind.WRITE, List.of(name), seconds, Easing.SMOOTH,
                        action.span()));
            }
            default -> throw new IllegalStateException("parser let through an unknown action " + verb);
        };
    }

    private Clauses options(Set<String> allowed) {
        return new Clauses(action.options(), allowed, "`" + action.verb() + "`", action.verbSpan(), diagnostics);
    }

    private Optional<Action> reveal(RevealKind kind) {
        boolean instant = kind == RevealKind.SHOW || kind == RevealKind.HIDE;
        Clauses clauses = options(instant ? Set.of() : Set.of("over", "ease"));
        Easing easing = easing(clauses);
        List<String> targets = new ArrayList<>();
        boolean ok = true;
        boolean writesText = false;
        for (Target target : action.targets()) {
            if (target instanceof Target.Named named) {
                    Optional<Symbol> symbol = scene.symbol(named.name());
                    if (symbol.isEmpty()) {
                        scene.expressions().unknownName(named.name(), named.span(), null);
                        ok = false;
                    } else if (symbol.get().isUnknown()) {
                        ok = false;
                    } else if (symbol.get().isValue()) {
                        diagnostics.error(named.span(), "target.is-value", named.name(), action.verb());
                        ok = false;
                    } else {
                        targets.addAll(scene.expand(named.name()));
                        writesText |= WRITING.contains(symbol.get().kind());
                    }
            } else if (target instanceof Target.Inline inline) {
                    Optional<String> name = scene.inline(inline.kind(), inline.clauses(), inline.span());
                    ok &= name.isPresent();
                    name.ifPresent(targets::add);
                    writesText = true;
            }
        }
        double fallback = switch (kind) {
            case SHOW, HIDE -> 0;
            case FADE_IN, FADE_OUT -> FADE_SECONDS;
            case WRITE -> writesText ? 1.5 : DRAW_SECONDS;
            case DRAW -> DRAW_SECONDS;
        };
        double seconds = seconds(clauses, fallback);
        return ok ? Optional.of(new Action.Reveal(kind, targets, seconds, easing, action.span())) : Optional.empty();
    }

    private Optional<Action> animate() {
        Clauses clauses = options(Set.of("to", "over", "ease"));
        Easing easing = easing(clauses);
        double seconds = seconds(clauses, ANIMATE_SECONDS);
        if (action.targets().size() != 1 || !(action.targets().get(0) instanceof Target.Named named)) {
            diagnostics.error(action.verbSpan(), "animate.one-value");
            return Optional.empty();
        }
        Optional<Symbol> symbol = scene.symbol(named.name());
        if (symbol.isEmpty()) {
            scene.expressions().unknownName(named.name(), named.span(), null);
            return Optional.empty();
        }
        if (symbol.get().isUnknown()) {
            return Optional.empty();
        }
        if (!symbol.get().isValue()) {
            diagnostics.error(named.span(), "animate.not-value", named.name(),
                    ExpressionChecker.article(symbol.get().kind()));
            return Optional.empty();
        }
        Optional<Clause> to = clauses.require("to", "animate " + named.name() + " to 2 pi over 6s");
        if (to.isEmpty()) {
            return Optional.empty();
        }
        Optional<Expr> target = scene.expressions().number(((Arg.ExprArg) to.get().args().get(0)).expr(), null,
                new HashSet<>());
        return target.map(t -> new Action.Animate(named.name(), t, seconds, easing, action.span()));
    }

    private double seconds(Clauses clauses, double fallback) {
        return clauses.get("over").map(scene::duration).filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble).orElse(fallback);
    }

    private Easing easing(Clauses clauses) {
        Optional<Clause> ease = clauses.get("ease");
        if (ease.isEmpty()) {
            return Easing.SMOOTH;
        }
        Arg.NameArg name = (Arg.NameArg) ease.get().args().get(0);
        Optional<Easing> easing = Easing.named(name.name());
        if (easing.isEmpty()) {
            diagnostics.error(name.span(), "ease.unknown", name.name());
            diagnostics.hint(Suggest.closest(name.name(), Easing.words()).map(s -> "did you mean `" + s + "`?")
                    .orElse("the easings are: " + String.join(", ", Easing.words())));
            return Easing.SMOOTH;
        }
        return easing.get();
    }
}
