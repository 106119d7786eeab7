package org.lessonstudio.dsl.check;

import java.util.List;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.ast.Statement;
import org.lessonstudio.dsl.ast.Target;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.source.Limits;
import org.lessonstudio.dsl.source.Span;

/**
 * Writing shown on screen is at most {@link Limits#WRITING_CHARACTERS} long: every quoted text of
 * an object or an action (a text, a formula, a label, a title, the words of a footage shot) and
 * the lesson's and scenes' titles. What a {@code say} speaks has its own, longer limit
 * ({@link Limits#SAY_CHARACTERS}, checked with the sentence).
 *
 * <pre>
 * text note: "…two thousand letters…" at top    # writing.too-long
 * </pre>
 */
final class WritingLength {

    private WritingLength() {
    }

    /** Reports writing that is too long; true when it fits. */
    static boolean fits(String text, Span span, Diagnostics diagnostics) {
        int length = text.codePointCount(0, text.length());
        if (length <= Limits.WRITING_CHARACTERS) {
            return true;
        }
        diagnostics.error(span, "writing.too-long", length, Limits.WRITING_CHARACTERS);
        return false;
    }

    /** Every quoted text in a scene's lines (and the lines under them), spoken sentences aside. */
    static void check(List<Statement> body, Diagnostics diagnostics) {
        for (Statement s : body) {
            if (s instanceof Statement.Definition d) {
                clauses(d.clauses(), diagnostics);
            } else if (s instanceof Statement.Action a) {
                for (Target target : a.targets()) {
                    if (target instanceof Target.Inline inline) {
                        clauses(inline.clauses(), diagnostics);
                    }
                }
                if (!a.verb().equals("say")) {
                    clauses(a.options(), diagnostics);
                }
                check(a.block(), diagnostics);
            }
        }
    }

    private static void clauses(List<Clause> clauses, Diagnostics diagnostics) {
        for (Clause clause : clauses) {
            for (Arg arg : clause.args()) {
                if (arg instanceof Arg.TextArg text) {
                    fits(text.text(), text.span(), diagnostics);
                }
            }
        }
    }
}
