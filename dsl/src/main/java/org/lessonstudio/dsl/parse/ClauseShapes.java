package org.lessonstudio.dsl.parse;

import static org.lessonstudio.dsl.parse.Slot.EXPR;
import static org.lessonstudio.dsl.parse.Slot.NAME;
import static org.lessonstudio.dsl.parse.Slot.PLACE;
import static org.lessonstudio.dsl.parse.Slot.TEXT;
import static org.lessonstudio.dsl.parse.Slot.word;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of every clause the parser knows, by its leading keyword. Which clause an object or
 * action accepts is the checker's business; the parser only needs to know how each one reads.
 * Where a keyword has two shapes, the word after it decides ({@code y = …} or {@code y from …}).
 */
final class ClauseShapes {

    static final Map<String, List<List<Slot>>> SHAPES = Map.ofEntries(
            Map.entry("center", List.of(List.of(EXPR))),
            Map.entry("radius", List.of(List.of(EXPR))),
            Map.entry("on", List.of(List.of(NAME, word("at"), word("angle"), EXPR))),
            Map.entry("at", List.of(List.of(PLACE))),
            Map.entry("from", List.of(List.of(EXPR, word("to"), EXPR))),
            Map.entry("label", List.of(List.of(TEXT))),
            Map.entry("color", List.of(List.of(NAME))),
            Map.entry("fill", List.of(List.of(NAME))),
            Map.entry("dashed", List.of(List.of())),
            Map.entry("thickness", List.of(List.of(EXPR))),
            Map.entry("size", List.of(List.of(EXPR))),
            Map.entry("opacity", List.of(List.of(EXPR))),
            Map.entry("subtitle", List.of(List.of(TEXT))),
            Map.entry("x", List.of(List.of(word("from"), EXPR, word("to"), EXPR))),
            Map.entry("y", List.of(
                    List.of(word("="), EXPR, word("for"), word("x"), word("from"), EXPR, word("to"), EXPR),
                    List.of(word("from"), EXPR, word("to"), EXPR))),
            Map.entry("over", List.of(List.of(EXPR))),
            Map.entry("ease", List.of(List.of(NAME))),
            Map.entry("to", List.of(List.of(EXPR))));

    /** Words that end an expression: an expression followed by one of these is not a product. */
    static final Set<String> KEYWORDS = Set.of("center", "radius", "on", "at", "angle", "from", "to", "label",
            "color", "fill", "dashed", "thickness", "size", "opacity", "subtitle", "for", "over", "ease");

    /** Clause keywords that belong to an action rather than to an object written inside it. */
    static final Set<String> ACTION_OPTIONS = Set.of("over", "ease", "to");

    private ClauseShapes() {
    }
}
