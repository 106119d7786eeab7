package org.lessonstudio.dsl.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.diag.Suggest;
import org.lessonstudio.dsl.source.Span;

/**
 * The clauses of one definition or action, by keyword, after checking that each is one the
 * object or action accepts and that none is given twice.
 */
final class Clauses {

    /** Clauses that may be given more than once (each colours another part of a formula). */
    private static final java.util.Set<String> REPEATABLE = java.util.Set.of("color part", "translation");

    private final Map<String, Clause> byKeyword = new LinkedHashMap<>();
    private final List<Clause> repeated = new java.util.ArrayList<>();
    private final Diagnostics diagnostics;
    private final String owner;
    private final Span ownerSpan;

    /**
     * @param owner how the object or action is named in messages ({@code a circle}, {@code draw})
     */
    Clauses(List<Clause> clauses, Set<String> allowed, String owner, Span ownerSpan, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.owner = owner;
        this.ownerSpan = ownerSpan;
        for (Clause clause : clauses) {
            String keyword = clause.keyword();
            if (!allowed.contains(keyword)) {
                if (keyword.isEmpty()) {
                    diagnostics.error(clause.span(), "clause.text-not-allowed", owner);
                } else {
                    var report = diagnostics.error(clause.keywordSpan(), "clause.not-allowed", owner, keyword);
                    List<String> known = allowed.stream().filter(k -> !k.isEmpty() && !k.equals("color part"))
                            .map(k -> allowed.contains("above") ? shown(k) : k).sorted().toList();
                    Optional<String> close = Suggest.closest(keyword, known);
                    if (close.isPresent()) {
                        report.didYouMean(close);
                    } else if (known.isEmpty()) {
                        report.hint("nothing-follows", keyword);
                    } else {
                        report.hint("it-takes", String.join(", ", known));
                    }
                }
            } else if (REPEATABLE.contains(keyword)) {
                repeated.add(clause);
            } else if (byKeyword.containsKey(keyword)) {
                diagnostics.error(clause.keywordSpan(), "clause.duplicate", keyword.isEmpty() ? "text" : keyword, owner);
            } else {
                byKeyword.put(keyword, clause);
            }
        }
    }

    /** How a keyword is written in a lesson, for hints: {@code right} is {@code right of}. */
    private static String shown(String keyword) {
        return switch (keyword) {
            case "left", "right" -> keyword + " of";
            case "next" -> "next to";
            default -> keyword;
        };
    }

    /** Every clause given with a repeatable keyword, in order. */
    List<Clause> all(String keyword) {
        return repeated.stream().filter(c -> c.keyword().equals(keyword)).toList();
    }

    Optional<Clause> get(String keyword) {
        return Optional.ofNullable(byKeyword.get(keyword));
    }

    boolean has(String keyword) {
        return byKeyword.containsKey(keyword);
    }

    /** The clause, or a report that it is missing. */
    Optional<Clause> require(String keyword, String example) {
        Clause clause = byKeyword.get(keyword);
        if (clause == null) {
            diagnostics.error(ownerSpan, "clause.missing", owner, keyword.isEmpty() ? "text" : keyword)
                    .hint("for-example", example);
        }
        return Optional.ofNullable(clause);
    }
}
