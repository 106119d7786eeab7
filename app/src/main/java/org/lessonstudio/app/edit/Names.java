package org.lessonstudio.app.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.ast.Expr;
import org.lessonstudio.dsl.ast.LessonAst;
import org.lessonstudio.dsl.ast.SceneAst;
import org.lessonstudio.dsl.ast.Statement;
import org.lessonstudio.dsl.ast.Target;
import org.lessonstudio.dsl.source.Span;

/**
 * Every name a lesson defines, scene by scene (names belong to their scene), and every place it is
 * used: for go to definition, find references, rename and hover.
 */
public final class Names {

    /**
     * A defined name: an object ({@code kind} is its kind word) or a value ({@code kind} is
     * {@code value}), where its name is written and the whole line that defines it.
     */
    public record Defined(String name, String kind, Span nameSpan, Span line, int scene) { }

    private final List<Defined> defined = new ArrayList<>();
    private final Map<Defined, List<Span>> uses = new LinkedHashMap<>();

    private Names() {
    }

    public static Names of(LessonAst ast) {
        Names names = new Names();
        for (int i = 0; i < ast.scenes().size(); i++) {
            names.scene(ast.scenes().get(i), i);
        }
        return names;
    }

    /** Every name defined, in the order written. */
    public List<Defined> all() {
        return List.copyOf(defined);
    }

    /** The names defined in one scene. */
    public List<Defined> inScene(int scene) {
        return defined.stream().filter(d -> d.scene() == scene).toList();
    }

    /** Where a name is used (not where it is defined), in order. */
    public List<Span> uses(Defined name) {
        return uses.getOrDefault(name, List.of()).stream().sorted(java.util.Comparator.comparingInt(Span::start))
                .toList();
    }

    /** The name defined or used at {@code offset} (a caret just after its last letter counts). */
    public Optional<Defined> at(int offset) {
        for (Defined d : defined) {
            if (inside(d.nameSpan(), offset)) {
                return Optional.of(d);
            }
            for (Span use : uses.getOrDefault(d, List.of())) {
                if (inside(use, offset)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** The name whose definition line holds {@code offset}, if any. */
    public Optional<Defined> definedOnLineAt(int offset) {
        return defined.stream().filter(d -> inside(d.line(), offset)).findFirst();
    }

    private static boolean inside(Span span, int offset) {
        return offset >= span.start() && offset <= span.end();
    }

    private void scene(SceneAst scene, int index) {
        Map<String, Defined> here = new LinkedHashMap<>();
        for (Statement statement : scene.body()) {
            if (statement instanceof Statement.Definition d) {
                define(here, new Defined(d.name(), d.kind(), d.nameSpan(), d.span(), index));
            } else if (statement instanceof Statement.Value v) {
                define(here, new Defined(v.name(), "value", v.nameSpan(), v.span(), index));
            }
        }
        scene.body().forEach(statement -> statement(statement, here));
    }

    private void define(Map<String, Defined> here, Defined name) {
        if (!here.containsKey(name.name())) {
            here.put(name.name(), name);
            defined.add(name);
        }
    }

    private void statement(Statement statement, Map<String, Defined> here) {
        if (statement instanceof Statement.Definition d) {
            d.clauses().forEach(c -> clause(c, here));
        } else if (statement instanceof Statement.Value v) {
            expr(v.initial(), here);
        } else if (statement instanceof Statement.Action a) {
            for (Target target : a.targets()) {
                if (target instanceof Target.Named n) {
                    use(n.name(), n.span(), here);
                } else if (target instanceof Target.Inline inline) {
                    inline.clauses().forEach(c -> clause(c, here));
                }
            }
            a.options().forEach(c -> clause(c, here));
            a.block().forEach(s -> statement(s, here));
        }
    }

    private void clause(Clause clause, Map<String, Defined> here) {
        for (Arg arg : clause.args()) {
            if (arg instanceof Arg.ExprArg e) {
                expr(e.expr(), here);
            } else if (arg instanceof Arg.NameArg n) {
                use(n.name(), n.span(), here);
            } else if (arg instanceof Arg.ScreenArg s) {
                expr(s.expr(), here);
            }
        }
    }

    /** Walks an expression with a list of its own, not by recursion: expressions may be deep. */
    private void expr(Expr root, Map<String, Defined> here) {
        List<Expr> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Expr e = todo.remove(todo.size() - 1);
            if (e instanceof Expr.Name n) {
                use(n.name(), n.span(), here);
            } else if (e instanceof Expr.Member m) {
                todo.add(m.target());
            } else if (e instanceof Expr.Negate n) {
                todo.add(n.operand());
            } else if (e instanceof Expr.Binary b) {
                todo.add(b.left());
                todo.add(b.right());
            } else if (e instanceof Expr.Call c) {
                todo.addAll(c.arguments());
            } else if (e instanceof Expr.Pair p) {
                todo.add(p.x());
                todo.add(p.y());
            }
        }
    }

    private void use(String name, Span span, Map<String, Defined> here) {
        Defined d = here.get(name);
        if (d != null && span.length() == name.length()) {
            uses.computeIfAbsent(d, k -> new ArrayList<>()).add(span);
        }
    }
}
