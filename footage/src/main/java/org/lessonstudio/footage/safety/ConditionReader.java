package org.lessonstudio.footage.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rule's condition: concept names joined by {@code and} and {@code or} ({@code and} binds
 * first), with brackets: {@code (shoot or stab) and person}.
 */
final class ConditionReader {

    private static final Pattern PIECE = Pattern.compile("\\s*([()]|[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*)");

    private final List<String> pieces = new ArrayList<>();
    private final String where;
    private int at;

    private ConditionReader(String text, String where) throws SafetyRulesException {
        this.where = where;
        Matcher m = PIECE.matcher(text);
        int end = 0;
        while (m.find() && m.start() == end) {
            pieces.add(m.group(1));
            end = m.end();
        }
        if (!text.substring(end).isBlank()) {
            throw new SafetyRulesException(where + ": cannot read `" + text.substring(end).strip()
                    + "` in a condition; write concept names joined by `and` and `or`, with brackets");
        }
    }

    static Expr read(String text, String where) throws SafetyRulesException {
        ConditionReader reader = new ConditionReader(text, where);
        Expr expr = reader.any();
        if (reader.at < reader.pieces.size()) {
            throw new SafetyRulesException(where + ": `" + reader.pieces.get(reader.at) + "` was not expected here");
        }
        return expr;
    }

    private Expr any() throws SafetyRulesException {
        List<Expr> parts = new ArrayList<>(List.of(all()));
        while (at < pieces.size() && pieces.get(at).equals("or")) {
            at++;
            parts.add(all());
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.Any(parts);
    }

    private Expr all() throws SafetyRulesException {
        List<Expr> parts = new ArrayList<>(List.of(one()));
        while (at < pieces.size() && pieces.get(at).equals("and")) {
            at++;
            parts.add(one());
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.All(parts);
    }

    private Expr one() throws SafetyRulesException {
        if (at >= pieces.size()) {
            throw new SafetyRulesException(where + ": the condition ends where a concept was expected");
        }
        String piece = pieces.get(at++);
        if (piece.equals("(")) {
            Expr inside = any();
            if (at >= pieces.size() || !pieces.get(at).equals(")")) {
                throw new SafetyRulesException(where + ": a bracket is opened and not closed");
            }
            at++;
            return inside;
        }
        if (piece.equals(")") || piece.equals("and") || piece.equals("or")) {
            throw new SafetyRulesException(where + ": `" + piece + "` where a concept was expected");
        }
        return new Expr.Said(piece);
    }
}
