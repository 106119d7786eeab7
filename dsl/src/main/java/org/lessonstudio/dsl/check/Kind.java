package org.lessonstudio.dsl.check;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lessonstudio.dsl.ast.Slot;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Style;

/**
 * One kind of object the language knows, declared once ({@link Kinds}): the word that names it,
 * the clauses it takes, the parts of it a lesson may use ({@code c.radius}), what else it can do,
 * and how its clauses are checked into a {@link Shape}. Nothing else in the checker or the parser
 * lists kinds.
 *
 * @param name     the word, as written: {@code circle}, {@code number line}
 * @param clauses  every clause it takes ({@code ""} for a bare text or value after the colon)
 * @param members  its parts, and whether each is a number or a point
 * @param traits   what else it can do
 * @param grammar  how its own new clause words read (the parser learns them here), by word
 * @param check    its clauses, read, into its object (null after reporting a mistake)
 */
record Kind(String name, Set<String> clauses, Map<String, Type> members, Set<Trait> traits,
            Map<String, List<List<Slot>>> grammar, Check check) {

    Kind {
        // Whatever takes a fill takes its opacity too: `fill blue, fill opacity 0.5`.
        clauses = clauses.contains("fill") ? plus(clauses, "fill opacity") : Set.copyOf(clauses);
        members = Map.copyOf(members);
        traits = traits.isEmpty() ? Set.of() : Set.copyOf(traits);
        grammar = Map.copyOf(grammar);
    }

    /** What a kind can do besides being drawn. */
    enum Trait {
        /** It has an outline in the scene: writing can be placed beside it, a point moved to it. */
        OUTLINE,
        /** Something can be moved along it. */
        PATH,
        /** Its crossings with lines, circles and curves can be named. */
        CROSSES,
        /** It is straight (an angle's arm can lie along it). */
        STRAIGHT,
        /** It is a coordinate system (its x-axis and y-axis are an angle's arms). */
        COORDINATES,
        /** It is itself a point (its name is a point in expressions). */
        POINT,
        /** Drawn grey unless told otherwise, so it stays behind the mathematics. */
        QUIET,
        /** Shaded with its own colour unless told otherwise. */
        FILLED,
        /** A closed outline around a shading: given a fill colour and no colour, its edge takes the fill's. */
        ENCLOSES,
        /** It can be written in place inside an action: {@code write tex "…"}. */
        INLINE
    }

    /** Reads a definition's clauses into its object. */
    @FunctionalInterface
    interface Check {
        Shape check(ClauseReader read, Style style);
    }

    private static Set<String> plus(Set<String> clauses, String more) {
        java.util.Set<String> all = new java.util.HashSet<>(clauses);
        all.add(more);
        return Set.copyOf(all);
    }

    boolean has(Trait trait) {
        return traits.contains(trait);
    }
}
