package org.lessonstudio.dsl.parse;

import java.util.List;
import org.lessonstudio.dsl.ast.Expr;

/**
 * Joins the terms of a sum ({@code a + b - c}) or the factors of a product ({@code a * b / c})
 * into a tree. Short chains are joined from the left, as written; a long one (a series of a
 * thousand terms) is joined as a balanced tree, so its depth grows with the logarithm of its
 * length and nothing that walks it later runs out of stack. The meaning is the same: a balanced
 * split keeps each operator, and where the right half starts with {@code -} (or {@code /}) the
 * half is taken as a whole with its inner signs turned over: {@code a - b + c} is
 * {@code a - (b - c)}.
 */
final class Chains {

    /** Chains up to this long are joined from the left, exactly as before long chains were balanced. */
    static final int BALANCE_FROM = 16;

    private Chains() {
    }

    /**
     * @param ops the operator before each term; the first is ignored
     * @param plus the operator that keeps a term as it is ({@code +} or {@code *})
     * @param minus the operator that turns it over ({@code -} or {@code /})
     */
    static Expr join(List<Expr> terms, List<Character> ops, char plus, char minus) {
        if (terms.size() <= BALANCE_FROM) {
            Expr left = terms.get(0);
            for (int i = 1; i < terms.size(); i++) {
                Expr right = terms.get(i);
                left = new Expr.Binary(ops.get(i), left, right, left.span().to(right.span()));
            }
            return left;
        }
        return balanced(terms, ops, 0, terms.size(), false, plus, minus);
    }

    /** The terms from {@code from} (inclusive) to {@code to}, the first taken as positive. */
    private static Expr balanced(List<Expr> terms, List<Character> ops, int from, int to, boolean turned,
                                 char plus, char minus) {
        if (to - from == 1) {
            return terms.get(from);
        }
        int middle = (from + to) >>> 1;
        Expr left = balanced(terms, ops, from, middle, turned, plus, minus);
        boolean negative = (ops.get(middle) == minus) != turned;
        Expr right = balanced(terms, ops, middle, to, turned != negative, plus, minus);
        return new Expr.Binary(negative ? minus : plus, left, right, left.span().to(right.span()));
    }
}
