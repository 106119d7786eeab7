package org.lessonstudio.dsl.ast;

import java.util.ArrayDeque;
import java.util.Deque;

/** How deep an expression's tree is, measured without recursion (the tree may be deeper than the stack). */
public final class ExprDepth {

    private ExprDepth() {
    }

    private record Visit(Expr expr, int depth) { }

    public static int of(Expr root) {
        int deepest = 0;
        Deque<Visit> todo = new ArrayDeque<>();
        todo.push(new Visit(root, 1));
        while (!todo.isEmpty()) {
            Visit v = todo.pop();
            deepest = Math.max(deepest, v.depth());
            int next = v.depth() + 1;
            Expr e = v.expr();
            if (e instanceof Expr.Member m) {
                todo.push(new Visit(m.target(), next));
            } else if (e instanceof Expr.Negate n) {
                todo.push(new Visit(n.operand(), next));
            } else if (e instanceof Expr.Binary b) {
                todo.push(new Visit(b.left(), next));
                todo.push(new Visit(b.right(), next));
            } else if (e instanceof Expr.Call c) {
                c.arguments().forEach(a -> todo.push(new Visit(a, next)));
            } else if (e instanceof Expr.Pair p) {
                todo.push(new Visit(p.x(), next));
                todo.push(new Visit(p.y(), next));
            }
        }
        return deepest;
    }
}
