package org.lessonstudio.dsl.parse;

import static org.lessonstudio.dsl.ast.Slot.EXPR;
import static org.lessonstudio.dsl.ast.Slot.LIST;
import static org.lessonstudio.dsl.ast.Slot.NAME;
import static org.lessonstudio.dsl.ast.Slot.OPTIONAL_TO;
import static org.lessonstudio.dsl.ast.Slot.PLACE;
import static org.lessonstudio.dsl.ast.Slot.TEXT;
import static org.lessonstudio.dsl.ast.Slot.word;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lessonstudio.dsl.ast.Slot;
import org.lessonstudio.dsl.check.Kinds;

/**
 * The shape of every clause the parser knows, by its leading keyword. Which clause an object or
 * action accepts is the checker's business; the parser only needs to know how each one reads.
 * Where a keyword has two shapes, the word after it decides ({@code y = …} or {@code y from …}).
 */
final class ClauseShapes {

    private static final Map<String, List<List<Slot>>> BASE = Map.ofEntries(
            Map.entry("center", List.of(List.of(EXPR))),
            Map.entry("radius", List.of(List.of(EXPR))),
            Map.entry("on", List.of(List.of(NAME, word("at"), word("angle"), EXPR))),
            Map.entry("at", List.of(List.of(PLACE))),
            Map.entry("from", List.of(List.of(EXPR, OPTIONAL_TO))),
            Map.entry("through", List.of(List.of(EXPR))),
            Map.entry("toward", List.of(List.of(EXPR))),
            Map.entry("components", List.of(List.of(EXPR))),
            Map.entry("points", List.of(List.of(LIST))),
            Map.entry("label", List.of(List.of(TEXT))),
            Map.entry("color", List.of(List.of(NAME), List.of(TEXT, NAME), List.of(TEXT))),
            Map.entry("fill", List.of(List.of(word("opacity"), EXPR), List.of(NAME), List.of(TEXT))),
            Map.entry("dashed", List.of(List.of())),
            Map.entry("thickness", List.of(List.of(EXPR))),
            Map.entry("size", List.of(List.of(EXPR, new Slot.OptionalWord("by")))),
            Map.entry("opacity", List.of(List.of(EXPR))),
            Map.entry("subtitle", List.of(List.of(TEXT))),
            Map.entry("sides", List.of(List.of(EXPR))),
            Map.entry("rotation", List.of(List.of(EXPR))),
            Map.entry("width", List.of(List.of(EXPR))),
            Map.entry("height", List.of(List.of(EXPR))),
            Map.entry("side", List.of(List.of(EXPR))),
            Map.entry("corner", List.of(List.of(EXPR))),
            Map.entry("step", List.of(List.of(EXPR, new Slot.OptionalWord("and")))),
            Map.entry("grid", List.of(List.of(word("color"), NAME), List.of(word("color"), TEXT), List.of())),
            Map.entry("no", List.of(List.of(NAME))),
            Map.entry("layer", List.of(List.of(EXPR))),
            Map.entry("numbers", List.of(List.of(word("on"), NAME, new Slot.OptionalWord("every")),
                    List.of(word("every"), EXPR, new Slot.OptionalWord("and")), List.of())),
            Map.entry("right", List.of(List.of(word("of"), EXPR), List.of())),
            Map.entry("left", List.of(List.of(word("of"), EXPR))),
            Map.entry("above", List.of(List.of(EXPR))),
            Map.entry("below", List.of(List.of(EXPR))),
            Map.entry("next", List.of(List.of(word("to"), EXPR))),
            Map.entry("under", List.of(List.of(NAME))),
            Map.entry("between", List.of(List.of(NAME, word("and"), NAME))),
            Map.entry("decimals", List.of(List.of(EXPR))),
            Map.entry("prefix", List.of(List.of(TEXT))),
            Map.entry("suffix", List.of(List.of(TEXT))),
            Map.entry("x", List.of(List.of(word("from"), EXPR, word("to"), EXPR), List.of(word("="), EXPR))),
            Map.entry("y", List.of(List.of(word("="), EXPR), List.of(word("from"), EXPR, word("to"), EXPR))),
            Map.entry("labels", List.of(List.of(TEXT, word("and"), TEXT))),
            Map.entry("r", List.of(List.of(word("="), EXPR))),
            Map.entry("for", List.of(List.of(NAME, word("from"), EXPR, word("to"), EXPR), List.of(EXPR))),
            Map.entry("style", List.of(List.of(TEXT))),
            Map.entry("mood", List.of(List.of(TEXT))),
            Map.entry("shot", List.of(List.of(TEXT))),
            Map.entry("blend", List.of(List.of(NAME))),
            Map.entry("fit", List.of(List.of(NAME))),
            Map.entry("transition", List.of(List.of(NAME))),
            Map.entry("timing", List.of(List.of(NAME))),
            Map.entry("by", List.of(List.of(EXPR))),
            Map.entry("about", List.of(List.of(EXPR))),
            Map.entry("along", List.of(List.of(NAME))),
            Map.entry("stagger", List.of(List.of(EXPR))),
            Map.entry("zoom", List.of(List.of(EXPR))),
            Map.entry("pan", List.of(List.of(word("to"), EXPR))),
            Map.entry("focus", List.of(List.of(NAME))),
            Map.entry("follow", List.of(List.of(NAME))),
            Map.entry("reset", List.of(List.of())),
            Map.entry("voice", List.of(List.of(NAME))),
            Map.entry("recording", List.of(List.of(TEXT))),
            Map.entry("volume", List.of(List.of(EXPR))),
            Map.entry("over", List.of(List.of(EXPR))),
            Map.entry("ease", List.of(List.of(NAME))),
            Map.entry("to", List.of(List.of(EXPR))));

    /** Every clause shape: the language's own, and those kinds bring with them (declared in Kinds). */
    static final Map<String, List<List<Slot>>> SHAPES = withKinds();

    private static Map<String, List<List<Slot>>> withKinds() {
        java.util.Map<String, List<List<Slot>>> all = new java.util.HashMap<>(BASE);
        all.putAll(Kinds.grammar());
        return Map.copyOf(all);
    }

    /** Words that end an expression: an expression followed by one of these is not a product. */
    static final Set<String> KEYWORDS = withKindWords(Set.of("center", "radius", "on", "at", "angle", "from", "to", "label",
            "color", "fill", "dashed", "thickness", "size", "opacity", "subtitle", "for", "over", "ease", "through",
            "components", "points", "sides", "rotation", "width", "height", "side", "corner", "step", "grid",
            "numbers", "no", "right", "left", "above", "below", "next", "under", "between", "and", "decimals", "prefix",
            "suffix", "of", "labels", "by", "about", "along", "stagger", "toward", "zoom", "pan", "focus", "follow", "into", "layer", "voice", "recording", "volume", "style", "mood", "shot", "blend",
            "fit", "transition", "timing"));

    private static Set<String> withKindWords(Set<String> base) {
        java.util.Set<String> all = new java.util.HashSet<>(base);
        all.addAll(Kinds.grammar().keySet());
        return Set.copyOf(all);
    }

    /** Clause keywords that belong to an action rather than to an object written inside it. */
    static final Set<String> ACTION_OPTIONS = Set.of("over", "ease", "to", "by", "about", "along", "stagger",
            "into", "toward");

    private ClauseShapes() {
    }
}
