package org.lessonstudio.dsl.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.ast.SceneAst;
import org.lessonstudio.dsl.ast.Statement;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Scene;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.source.Span;

/**
 * Checks one scene: collects its names, checks every object into a {@link Shape} and every
 * action into an {@link Action}, and orders the objects so each comes after what it depends on.
 */
final class SceneChecker {

    private final Diagnostics diagnostics;
    private final Map<String, Symbol> symbols = new LinkedHashMap<>();
    private final ExpressionChecker expressions;
    private final ShapeChecker shapes;
    private final Map<String, Shape> checkedShapes = new LinkedHashMap<>();
    private final Map<String, Set<String>> dependencies = new LinkedHashMap<>();
    private final Map<String, Expr> values = new LinkedHashMap<>();
    /** The values some {@code animate} changes; the others keep their first number throughout. */
    private final Set<String> animated = new HashSet<>();
    private final List<Shape> inlineShapes = new ArrayList<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    /** How deep the expressions in each name's own definition are (see {@link DependencyOrder}). */
    private final Map<String, Integer> ownDepth = new LinkedHashMap<>();
    private int objects;
    private int actionCount;
    /** The title card written last so far ({@code fade out title} acts on it). */
    private String lastTitle;
    private String sceneTitle = "";

    private final String language;

    SceneChecker(Diagnostics diagnostics, String language) {
        this.diagnostics = diagnostics;
        this.language = language;
        this.expressions = new ExpressionChecker(symbols, diagnostics);
        this.shapes = new ShapeChecker(expressions, diagnostics);
    }

    Scene check(SceneAst scene) {
        sceneTitle = scene.title();
        WritingLength.fits(scene.title(), scene.titleSpan(), diagnostics);
        WritingLength.check(scene.body(), diagnostics);
        collectNames(scene.body());
        checkDefinitions(scene.body());
        List<Action> actions = actions(scene.body());
        List<String> order = new DependencyOrder(dependencies, symbols, ownDepth, diagnostics).order();

        List<Shape> ordered = new ArrayList<>();
        Shape.Axes axes = null;
        for (String name : order) {
            Shape shape = checkedShapes.get(name);
            if (shape != null) {
                ordered.add(shape);
            }
            if (shape instanceof Shape.Axes a) {
                if (axes != null) {
                    diagnostics.error(a.span(), "axes.second", a.name(), axes.name());
                } else {
                    axes = a;
                }
            }
        }
        ordered.addAll(inlineShapes);
        WritingChecks.check(ordered, checkedShapes, diagnostics);
        Map<String, Span> valueSpans = new LinkedHashMap<>();
        for (String value : values.keySet()) {
            valueSpans.put(value, symbols.get(value).span());
        }
        return new Scene(scene.title(), axes, ordered, values, actions, scene.span(), valueSpans);
    }

    private void collectNames(List<Statement> body) {
        for (Statement s : body) {
            if (s instanceof Statement.Definition d) {
                define(d.name(), d.kind(), d.nameSpan());
                countObject(d.span());
            } else if (s instanceof Statement.Value v) {
                define(v.name(), "value", v.nameSpan());
            } else if (s instanceof Statement.Action a) {
                if (a.verb().equals("animate")) {
                    a.targets().stream().filter(org.lessonstudio.dsl.ast.Target.Named.class::isInstance)
                            .forEach(t -> animated.add(((org.lessonstudio.dsl.ast.Target.Named) t).name()));
                }
                collectNames(a.block());
            }
        }
    }

    /** Counts one more object in the scene, and reports the first one past the limit. */
    private void countObject(Span span) {
        objects++;
        if (objects == org.lessonstudio.dsl.source.Limits.OBJECTS_PER_SCENE + 1) {
            diagnostics.error(span, "scene.too-many-objects", objects, sceneTitle,
                    org.lessonstudio.dsl.source.Limits.OBJECTS_PER_SCENE);
        }
    }

    private static int depthOf(List<Clause> clauses) {
        int deepest = 1;
        for (Clause clause : clauses) {
            for (Arg arg : clause.args()) {
                if (arg instanceof Arg.ExprArg e) {
                    deepest = Math.max(deepest, org.lessonstudio.dsl.ast.ExprDepth.of(e.expr()));
                } else if (arg instanceof Arg.ScreenArg e) {
                    deepest = Math.max(deepest, org.lessonstudio.dsl.ast.ExprDepth.of(e.expr()));
                }
            }
        }
        return deepest;
    }

    private void define(String name, String kind, Span span) {
        Symbol earlier = symbols.get(name);
        if (earlier != null) {
            diagnostics.error(span, "name.duplicate", name, diagnostics.file().line(earlier.span().start()));
            return;
        }
        symbols.put(name, new Symbol(name, kind, span));
    }

    private void checkDefinitions(List<Statement> body) {
        for (Statement s : body) {
            if (s instanceof Statement.Definition d) {
                if (!symbols.get(d.name()).span().equals(d.nameSpan()) || !d.complete()) {
                    continue;
                }
                if (d.kind().equals("group")) {
                    group(d);
                    continue;
                }
                Set<String> uses = new HashSet<>();
                shapes.check(d.kind(), d.name(), d.clauses(), d.span(), uses).ifPresent(
                        shape -> checkedShapes.put(d.name(), shape));
                dependencies.put(d.name(), uses);
                ownDepth.put(d.name(), depthOf(d.clauses()));
            } else if (s instanceof Statement.Value v) {
                if (!symbols.get(v.name()).span().equals(v.nameSpan()) || !v.complete()) {
                    continue;
                }
                Set<String> uses = new HashSet<>();
                expressions.number(v.initial(), null, uses).ifPresent(e -> {
                    values.put(v.name(), e);
                    if (!animated.contains(v.name())) {
                        expressions.fromFixedValues(e).ifPresent(always -> expressions.fixedValue(v.name(), always));
                    }
                });
                dependencies.put(v.name(), uses);
                ownDepth.put(v.name(), org.lessonstudio.dsl.ast.ExprDepth.of(v.initial()));
            } else if (s instanceof Statement.Action a) {
                checkDefinitions(a.block());
            }
        }
    }

    /** {@code group g: A, B, C}: objects that act as one in every action. */
    private void group(Statement.Definition d) {
        List<String> members = new ArrayList<>();
        for (var clause : d.clauses()) {
            if (!clause.keyword().isEmpty()) {
                diagnostics.error(clause.keywordSpan(), "clause.not-allowed", "a group", clause.keyword());
                continue;
            }
            for (var arg : clause.args()) {
                if (!(arg instanceof org.lessonstudio.dsl.ast.Arg.NameArg member)) {
                    // Text after the members (group g: A, B "x"): a group has none.
                    diagnostics.error(arg.span(), "clause.text-not-allowed", "a group");
                    continue;
                }
                Symbol symbol = symbols.get(member.name());
                if (symbol == null) {
                    expressions.unknownName(member.name(), member.span(), null);
                } else if (symbol.isValue()) {
                    diagnostics.error(member.span(), "group.value", member.name());
                } else if (member.name().equals(d.name())) {
                    diagnostics.error(member.span(), "cycle.self", member.name());
                } else {
                    members.add(member.name());
                }
            }
        }
        groups.put(d.name(), members);
    }

    /** The objects a name stands for in an action: a group's members (and theirs), or the object itself. */
    List<String> expand(String name) {
        List<String> out = new ArrayList<>();
        expand(name, out, new java.util.HashSet<>());
        return out;
    }

    private void expand(String name, List<String> out, Set<String> seen) {
        if (!seen.add(name)) {
            return;
        }
        List<String> members = groups.get(name);
        if (members == null) {
            out.add(name);
            return;
        }
        for (String member : members) {
            expand(member, out, seen);
        }
    }

    private List<Action> actions(List<Statement> body) {
        List<Action> actions = new ArrayList<>();
        for (Statement s : body) {
            if (s instanceof Statement.Action a) {
                actionCount++;
                if (actionCount == org.lessonstudio.dsl.source.Limits.ACTIONS_PER_SCENE + 1) {
                    diagnostics.error(a.span(), "scene.too-many-actions", actionCount, sceneTitle,
                            org.lessonstudio.dsl.source.Limits.ACTIONS_PER_SCENE);
                }
                new ActionChecker(this, a).check().ifPresent(actions::add);
            }
        }
        return actions;
    }

    // ---- used by ActionChecker ----

    Diagnostics diagnostics() {
        return diagnostics;
    }

    /** The lesson's own language, in which every {@code say} is first written. */
    String language() {
        return language;
    }

    ExpressionChecker expressions() {
        return expressions;
    }

    List<Action> nestedActions(List<Statement> block) {
        return actions(block);
    }

    Optional<Symbol> symbol(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    /** Checks an object written inside an action and gives it a name no teacher can write. */
    Optional<String> inline(String kind, List<Clause> clauses, Span span) {
        String name = kind + " #" + (inlineShapes.size() + 1);
        countObject(span);
        Optional<Shape> shape = shapes.check(kind, name, clauses, span, new HashSet<>());
        shape.ifPresent(inlineShapes::add);
        return shape.map(Shape::name);
    }

    /** Registers a title card made by a {@code title "…"} action. */
    /** The title card written last so far, in the order the lines are checked; {@code title} names it. */
    Optional<String> lastTitle() {
        return Optional.ofNullable(lastTitle);
    }

    String title(String text, String subtitle, Span span) {
        String name = "title #" + (inlineShapes.size() + 1);
        lastTitle = name;
        countObject(span);
        inlineShapes.add(new Shape.Title(name, text, subtitle,
                org.lessonstudio.dsl.model.Style.of(org.lessonstudio.dsl.model.ColorName.INK), span));
        return name;
    }

    /** Registers the shot a {@code footage "…"} action shows. */
    String footage(String prompt, String look, String shot, String mood,
                   org.lessonstudio.dsl.model.Shape.Framing framing, String provider, Span span) {
        String name = "footage #" + (inlineShapes.size() + 1);
        countObject(span);
        org.lessonstudio.dsl.model.Style style = new org.lessonstudio.dsl.model.Style(
                org.lessonstudio.dsl.model.ColorName.INK, null, 0, false, 1,
                framing.blend() == org.lessonstudio.dsl.model.Shape.Blend.BEHIND ? -1000 : 1000);
        inlineShapes.add(new org.lessonstudio.dsl.model.Shape.Footage(name, prompt, look, shot, mood, framing,
                provider, style, span));
        return name;
    }

    /** A fixed number of seconds, from {@code 6s}, {@code 500ms} or a plain number. */
    OptionalDouble duration(Clause over) {
        Arg arg = over.args().get(0);
        if (!(arg instanceof Arg.ExprArg e)) {
            return OptionalDouble.empty();
        }
        double seconds;
        OptionalDouble spelledOut = secondsInWords(e.expr());
        if (spelledOut.isPresent()) {
            seconds = spelledOut.getAsDouble();
        } else if (e.expr() instanceof org.lessonstudio.dsl.ast.Expr.Number n && !n.unit().isEmpty()) {
            switch (n.unit()) {
                case "s", "sec" -> seconds = n.value();
                case "ms" -> seconds = n.value() / 1000;
                default -> {
                    diagnostics.error(n.span(), "unit.not-duration", n.unit());
                    return OptionalDouble.empty();
                }
            }
        } else {
            Set<String> uses = new HashSet<>();
            Optional<Expr> checked = expressions.number(e.expr(), null, uses);
            if (checked.isEmpty()) {
                return OptionalDouble.empty();
            }
            OptionalDouble constant = Constants.evaluate(checked.get());
            if (constant.isEmpty()) {
                diagnostics.error(e.expr().span(), "duration.not-fixed");
                return OptionalDouble.empty();
            }
            seconds = constant.getAsDouble();
        }
        if (!(seconds >= 0) || seconds > 3600) {
            diagnostics.error(e.expr().span(), "range.duration", format(seconds));
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(seconds);
    }

    /** {@code 2 seconds}, {@code 1.5 s}, {@code 500 ms}: a number followed by a unit of time as a word. */
    private static OptionalDouble secondsInWords(org.lessonstudio.dsl.ast.Expr e) {
        if (e instanceof org.lessonstudio.dsl.ast.Expr.Binary b && b.op() == '*'
                && b.left() instanceof org.lessonstudio.dsl.ast.Expr.Number n && n.unit().isEmpty()
                && b.right() instanceof org.lessonstudio.dsl.ast.Expr.Name unit) {
            return switch (unit.name()) {
                case "s", "sec", "secs", "second", "seconds" -> OptionalDouble.of(n.value());
                case "ms" -> OptionalDouble.of(n.value() / 1000);
                default -> OptionalDouble.empty();
            };
        }
        return OptionalDouble.empty();
    }

    static String format(double v) {
        return org.lessonstudio.dsl.diag.Numbers.shown(v);
    }
}
