package org.lessonstudio.dsl;

import java.util.List;
import java.util.stream.Collectors;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.ast.Expr;
import org.lessonstudio.dsl.ast.LessonAst;
import org.lessonstudio.dsl.ast.SceneAst;
import org.lessonstudio.dsl.ast.Setting;
import org.lessonstudio.dsl.ast.Statement;
import org.lessonstudio.dsl.ast.Target;

/**
 * A parse tree written out as nested brackets, one statement per line, so a test can say which
 * tree a line of a lesson should give: {@code (+ 1 (* 2 3))}, {@code (circle c (center (pair 0 0)))}.
 */
final class Trees {

    private Trees() {
    }

    static String lesson(LessonAst lesson) {
        StringBuilder out = new StringBuilder("lesson " + quoted(lesson.title()) + "\n");
        for (Setting setting : lesson.settings()) {
            out.append("  setting ").append(setting.key()).append(" = ").append(quoted(setting.value())).append('\n');
        }
        for (SceneAst scene : lesson.scenes()) {
            out.append("  scene ").append(quoted(scene.title())).append('\n');
            for (Statement statement : scene.body()) {
                statement(statement, "    ", out);
            }
        }
        return out.toString();
    }

    private static void statement(Statement statement, String indent, StringBuilder out) {
        if (statement instanceof Statement.Definition d) {
            out.append(indent).append('(').append(d.kind()).append(' ').append(d.name())
                    .append(clauses(d.clauses())).append(d.complete() ? "" : " INCOMPLETE").append(")\n");
        } else if (statement instanceof Statement.Value v) {
            out.append(indent).append("(value ").append(v.name()).append(' ')
                    .append(v.initial() == null ? "?" : expr(v.initial())).append(")\n");
        } else if (statement instanceof Statement.Action a) {
            out.append(indent).append('(').append(a.verb());
            for (Target target : a.targets()) {
                out.append(' ').append(target(target));
            }
            out.append(clauses(a.options())).append(")\n");
            for (Statement inner : a.block()) {
                statement(inner, indent + "  ", out);
            }
        } else {
            throw new AssertionError("a statement Trees cannot write: " + statement);
        }
    }

    private static String target(Target target) {
        if (target instanceof Target.Named n) {
            return n.name();
        } else if (target instanceof Target.Inline i) {
            return "[" + i.kind() + clauses(i.clauses()) + "]";
        }
        throw new AssertionError("a target Trees cannot write: " + target);
    }

    private static String clauses(List<Clause> clauses) {
        return clauses.stream().map(c -> " (" + c.keyword()
                + c.args().stream().map(a -> " " + arg(a)).collect(Collectors.joining()) + ")")
                .collect(Collectors.joining());
    }

    private static String arg(Arg arg) {
        if (arg instanceof Arg.ExprArg e) {
            return expr(e.expr());
        } else if (arg instanceof Arg.TextArg t) {
            return quoted(t.text());
        } else if (arg instanceof Arg.NameArg n) {
            return "name:" + n.name();
        } else if (arg instanceof Arg.ScreenArg s) {
            return "screen:" + expr(s.expr());
        } else if (arg instanceof Arg.PlaceArg p) {
            return "place:" + String.join("-", p.words());
        }
        throw new AssertionError("an argument Trees cannot write: " + arg);
    }

    static String expr(Expr expr) {
        if (expr instanceof Expr.Number n) {
            return number(n.value()) + (n.unit() == null || n.unit().isEmpty() ? "" : n.unit());
        } else if (expr instanceof Expr.Name n) {
            return n.name();
        } else if (expr instanceof Expr.Member m) {
            return expr(m.target()) + "." + m.member();
        } else if (expr instanceof Expr.Negate n) {
            return "(- " + expr(n.operand()) + ")";
        } else if (expr instanceof Expr.Binary b) {
            return "(" + b.op() + " " + expr(b.left()) + " " + expr(b.right()) + ")";
        } else if (expr instanceof Expr.Call c) {
            return "(" + c.function() + c.arguments().stream().map(a -> " " + expr(a)).collect(Collectors.joining()) + ")";
        } else if (expr instanceof Expr.Pair p) {
            return "(pair " + expr(p.x()) + " " + expr(p.y()) + ")";
        }
        throw new AssertionError("an expression Trees cannot write: " + expr);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String quoted(String text) {
        return text == null ? "-" : '"' + text + '"';
    }
}
