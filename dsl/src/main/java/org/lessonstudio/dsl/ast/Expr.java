package org.lessonstudio.dsl.ast;

import java.util.List;
import org.lessonstudio.dsl.source.Span;

/** An expression as written: {@code 2 pi}, {@code sin(x - 2)}, {@code P.x}, {@code (P.x, 0)}. */
public sealed interface Expr {

    Span span();

    /** A number, with the unit letters written right after it ({@code 6s}, {@code 30deg}), if any. */
    record Number(double value, String unit, Span span) implements Expr { }

    /** A name: a value, an object, a constant such as {@code pi}, or a curve's {@code x}. */
    record Name(String name, Span span) implements Expr { }

    /** {@code target.member}, such as {@code P.x} or {@code wave.end}. */
    record Member(Expr target, String member, Span memberSpan, Span span) implements Expr { }

    record Negate(Expr operand, Span span) implements Expr { }

    /** {@code op} is one of {@code + - * / ^}. */
    record Binary(char op, Expr left, Expr right, Span span) implements Expr { }

    record Call(String function, Span functionSpan, List<Expr> arguments, Span span) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** A point written as a pair of coordinates: {@code (x, y)}. */
    record Pair(Expr x, Expr y, Span span) implements Expr { }
}
