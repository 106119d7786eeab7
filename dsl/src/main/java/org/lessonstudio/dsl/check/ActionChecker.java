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
import org.lessonstudio.dsl.model.Placement;
import org.lessonstudio.dsl.model.Shape;

/** Checks one action (and the actions nested under it) into an {@link Action}. */
final class ActionChecker {

    private static final Map<String, RevealKind> REVEALS = Map.of("draw", RevealKind.DRAW, "write", RevealKind.WRITE,
            "show", RevealKind.SHOW, "hide", RevealKind.HIDE, "fade in", RevealKind.FADE_IN,
            "fade out", RevealKind.FADE_OUT);

    private static final Set<String> WRITING = Set.of("text", "tex", "number", "table");

    /** The clauses a {@code footage} line takes ({@code ""}: its quoted description). */
    static final Set<String> FOOTAGE = Set.of("", "for", "style", "shot", "mood", "blend", "fit", "transition",
            "timing", "from");

    /** Where a fade can come from or go to. */
    private static final Map<String, Placement.Side> FADE_SIDES = Map.of("left", Placement.Side.LEFT,
            "right", Placement.Side.RIGHT, "above", Placement.Side.ABOVE, "top", Placement.Side.ABOVE,
            "below", Placement.Side.BELOW, "bottom", Placement.Side.BELOW);

    /** Seconds an action takes when the lesson does not say. */
    static final double DRAW_SECONDS = 1.2;
    static final double FADE_SECONDS = 0.8;
    static final double ANIMATE_SECONDS = 1.5;
    static final double WAIT_SECONDS = 1;

    final SceneChecker scene;
    final Diagnostics diagnostics;
    final Statement.Action action;
    Clauses clauses;

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
                options(Set.of("stagger"));
                yield Optional.of(new Action.Together(scene.nestedActions(action.block()), stagger(), action.span()));
            }
            case "wait" -> {
                options(Set.of("over"));
                yield Optional.of(new Action.Wait(seconds(WAIT_SECONDS), action.span()));
            }
            case "pause" -> {
                options(Set.of());
                yield Optional.of(new Action.Pause(action.span()));
            }
            case "say" -> new SayChecker(this).check();
            case "music" -> {
                options(Set.of("", "volume"));
                double volume = clauses.get("volume").map(c -> new MotionChecker(this).fixed(c, 0, 1))
                        .orElse(Optional.of(0.3)).orElse(0.3);
                Optional<java.nio.file.Path> file = clauses.get("").flatMap(c -> LessonFiles.resolve(
                        ClauseReader.text(c), c.args().get(0).span(), SayChecker.AUDIO, "audio", diagnostics));
                yield file.map(f -> new Action.Music(f, volume, action.span()));
            }
            case "footage" -> footage();
            case "at" -> {
                diagnostics.error(action.verbSpan(), "bookmark.outside-say");
                yield Optional.empty();
            }
            case "title" -> {
                options(Set.of("", "subtitle", "over"));
                String text = clauses.get("").map(ClauseReader::text).orElse("");
                String subtitle = clauses.get("subtitle").map(ClauseReader::text).orElse("");
                String name = scene.title(text, subtitle, action.span());
                yield Optional.of(new Action.Reveal(RevealKind.WRITE, List.of(name), seconds(1.5), Easing.SMOOTH, 0,
                        action.span()));
            }
            default -> new MotionChecker(this).check(verb);
        };
    }

    private Optional<Action> footage() {
        options(FOOTAGE);
        String prompt = clauses.get("").map(ClauseReader::text).orElse("").strip();
        if (prompt.isEmpty()) {
            diagnostics.error(action.verbSpan(), "footage.empty");
            return Optional.empty();
        }
        Optional<Clause> length = clauses.get("for");
        OptionalDouble seconds = length.map(scene::duration).orElse(OptionalDouble.empty());
        if (length.isEmpty()) {
            diagnostics.error(action.span(), "footage.duration");
            return Optional.empty();
        }
        if (seconds.isEmpty()) {
            return Optional.empty();
        }
        if (seconds.getAsDouble() <= 0) {
            diagnostics.error(length.get().span(), "footage.too-short");
            return Optional.empty();
        }
        Optional<Shape.Blend> blend = choice("blend", Shape.Blend.class, Shape.Framing.DEFAULT.blend(),
                "footage.blend");
        Optional<Shape.Fit> fit = choice("fit", Shape.Fit.class, Shape.Framing.DEFAULT.fit(), "footage.fit");
        Optional<Shape.Transition> transition = choice("transition", Shape.Transition.class,
                Shape.Framing.DEFAULT.transition(), "footage.transition");
        Optional<Shape.Timing> timing = choice("timing", Shape.Timing.class, Shape.Framing.DEFAULT.timing(),
                "footage.timing");
        String provider = "";
        Optional<Clause> from = clauses.get("from");
        if (from.isPresent()) {
            Arg arg = from.get().args().get(0);
            String word = arg instanceof Arg.ExprArg e && e.expr() instanceof org.lessonstudio.dsl.ast.Expr.Name n
                    && from.get().args().size() == 1 ? n.name() : "";
            if (!org.lessonstudio.dsl.model.FootageSettings.PROVIDERS.contains(word)) {
                diagnostics.error(arg.span(), "footage.provider", word.isEmpty() ? "?" : word)
                        .didYouMean(Suggest.closest(word, org.lessonstudio.dsl.model.FootageSettings.PROVIDERS));
                return Optional.empty();
            }
            provider = word;
        }
        if (blend.isEmpty() || fit.isEmpty() || transition.isEmpty() || timing.isEmpty()) {
            return Optional.empty();
        }
        Shape.Framing framing = new Shape.Framing(blend.get(), fit.get(), transition.get(), timing.get());
        String look = clauses.get("style").map(ClauseReader::text).orElse("");
        String shot = clauses.get("shot").map(ClauseReader::text).orElse("");
        String mood = clauses.get("mood").map(ClauseReader::text).orElse("");
        String name = scene.footage(prompt, look, shot, mood, framing, provider, action.span());
        return Optional.of(new Action.Footage(name, seconds.getAsDouble(), action.span()));
    }

    /** A one-word clause such as {@code blend behind}, read as one of an enum's values (lower case). */
    private <E extends Enum<E>> Optional<E> choice(String keyword, Class<E> values, E otherwise, String code) {
        Optional<Clause> written = clauses.get(keyword);
        if (written.isEmpty()) {
            return Optional.of(otherwise);
        }
        Arg arg = written.get().args().get(0);
        String word = arg instanceof Arg.NameArg n ? n.name() : "";
        List<String> words = java.util.Arrays.stream(values.getEnumConstants())
                .map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).toList();
        if (words.contains(word)) {
            return Optional.of(Enum.valueOf(values, word.toUpperCase(java.util.Locale.ROOT)));
        }
        diagnostics.error(arg.span(), code, word.isEmpty() ? "?" : word).didYouMean(Suggest.closest(word, words));
        return Optional.empty();
    }

    void options(Set<String> allowed) {
        clauses = new Clauses(action.options(), allowed, "`" + action.verb() + "`", action.verbSpan(), diagnostics);
    }

    /**
     * The objects an action acts on, groups expanded, objects written in place created; empty
     * (after reporting) if any is wrong.
     */
    Optional<List<String>> targets(List<Target> written, boolean[] writesText) {
        List<String> targets = new ArrayList<>();
        boolean ok = true;
        for (Target target : written) {
            if (target instanceof Target.Named named) {
                Optional<Symbol> symbol = scene.symbol(named.name());
                if (symbol.isEmpty() && named.name().equals("title")) {
                    // `fade out title`: the title card written last before this line.
                    Optional<String> title = scene.lastTitle();
                    if (title.isEmpty()) {
                        diagnostics.error(named.span(), "title.none", action.verb());
                        ok = false;
                    } else {
                        targets.add(title.get());
                        writesText[0] = true;
                    }
                } else if (symbol.isEmpty()) {
                    scene.expressions().unknownName(named.name(), named.span(), null);
                    ok = false;
                } else if (symbol.get().isUnknown()) {
                    ok = false;
                } else if (symbol.get().isValue()) {
                    diagnostics.error(named.span(), "target.is-value", named.name(), action.verb());
                    ok = false;
                } else {
                    targets.addAll(scene.expand(named.name()));
                    writesText[0] |= WRITING.contains(symbol.get().kind());
                }
            } else if (target instanceof Target.Inline inline) {
                Optional<String> name = scene.inline(inline.kind(), inline.clauses(), inline.span());
                ok &= name.isPresent();
                name.ifPresent(targets::add);
                writesText[0] = true;
            }
        }
        return ok ? Optional.of(targets) : Optional.empty();
    }

    private Optional<Action> reveal(RevealKind kind) {
        boolean instant = kind == RevealKind.SHOW || kind == RevealKind.HIDE;
        boolean fade = kind == RevealKind.FADE_IN || kind == RevealKind.FADE_OUT;
        // A fade in comes `from` a side; a fade out goes `toward` one (`from` is still read).
        options(instant ? Set.of("stagger") : kind == RevealKind.FADE_IN ? Set.of("over", "ease", "stagger", "from")
                : fade ? Set.of("over", "ease", "stagger", "from", "toward") : Set.of("over", "ease", "stagger"));
        Easing easing = easing();
        boolean[] writesText = {false};
        Optional<List<String>> targets = targets(action.targets(), writesText);
        double fallback = switch (kind) {
            case SHOW, HIDE -> 0;
            case FADE_IN, FADE_OUT -> FADE_SECONDS;
            case WRITE -> writesText[0] ? 1.5 : DRAW_SECONDS;
            case DRAW -> DRAW_SECONDS;
        };
        double seconds = seconds(fallback);
        double stagger = stagger();
        Optional<Clause> sideClause = clauses.get("toward").or(() -> clauses.get("from"));
        Optional<Placement.Side> side = sideClause.flatMap(this::fadeSide);
        if (targets.isEmpty() || sideClause.isPresent() && side.isEmpty()) {
            return Optional.empty();
        }
        Action.Reveal reveal = new Action.Reveal(kind, targets.get(), seconds, easing, stagger, action.span());
        if (side.isEmpty()) {
            return Optional.of(reveal);
        }
        Action.MotionKind shift = kind == RevealKind.FADE_IN ? Action.MotionKind.SHIFT_IN : Action.MotionKind.SHIFT_OUT;
        Action.Motion motion = new Action.Motion(shift, targets.get(), null, null, null, side.get(), seconds, easing,
                stagger, action.span());
        return Optional.of(new Action.Together(List.of(reveal, motion), 0, action.span()));
    }

    private Optional<Placement.Side> fadeSide(Clause from) {
        org.lessonstudio.dsl.ast.Expr e = ((Arg.ExprArg) from.args().get(0)).expr();
        if (from.args().size() == 1 && e instanceof org.lessonstudio.dsl.ast.Expr.Name n
                && FADE_SIDES.containsKey(n.name())) {
            return Optional.of(FADE_SIDES.get(n.name()));
        }
        diagnostics.error(from.span(), "fade.side");
        return Optional.empty();
    }

    private Optional<Action> animate() {
        options(Set.of("to", "over", "ease"));
        Easing easing = easing();
        double seconds = seconds(ANIMATE_SECONDS);
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

    double seconds(double fallback) {
        return clauses.get("over").map(scene::duration).filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble).orElse(fallback);
    }

    double stagger() {
        return clauses.get("stagger").map(scene::duration).filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble).orElse(0.0);
    }

    Easing easing() {
        Optional<Clause> ease = clauses.get("ease");
        if (ease.isEmpty()) {
            return Easing.SMOOTH;
        }
        Arg.NameArg name = (Arg.NameArg) ease.get().args().get(0);
        Optional<Easing> easing = Easing.named(name.name());
        if (easing.isEmpty()) {
            diagnostics.error(name.span(), "ease.unknown", name.name()).didYouMeanOr(
                    Suggest.closest(name.name(), Easing.words()), "choices", "easings", String.join(", ", Easing.words()));
            return Easing.SMOOTH;
        }
        return easing.get();
    }
}
