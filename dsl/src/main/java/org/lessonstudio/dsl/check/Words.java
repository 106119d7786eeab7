package org.lessonstudio.dsl.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the checker accepts, for tools that help a teacher write (an editor's completion): the
 * clauses each kind takes and its parts, the lesson line's settings, a footage line's clauses.
 * Read from the declarations the checker itself uses ({@link Kinds}), never listed again here.
 */
public final class Words {

    private Words() {
    }

    /** The clause words a kind takes, as a lesson writes them ({@code right of}), sorted; empty for an unknown word. */
    public static List<String> clauses(String kind) {
        return Kinds.named(kind).map(k -> k.clauses().stream().filter(c -> !c.isEmpty())
                .map(c -> k.clauses().contains("above") ? written(c) : c).sorted().toList()).orElse(List.of());
    }

    /** Whether the kind's first clause may be quoted text or a bare value ({@code text t: "…"}). */
    public static boolean takesText(String kind) {
        return Kinds.named(kind).map(k -> k.clauses().contains("")).orElse(false);
    }

    /** The parts of a kind a lesson may use ({@code c.radius}), each with what it is: "a number", "a point". */
    public static Map<String, String> members(String kind) {
        Map<String, String> parts = new LinkedHashMap<>();
        Kinds.named(kind).ifPresent(k -> k.members().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.put(e.getKey(), e.getValue().description())));
        return parts;
    }

    /** Whether the word names a kind of object (not {@code group}, which has no clauses). */
    public static Optional<String> kind(String word) {
        return Kinds.named(word).map(Kind::name);
    }

    /** The settings the lesson line takes ({@code language}, {@code voice}…). */
    public static List<String> settings() {
        return HeaderChecker.SETTINGS;
    }

    /** The clauses of a {@code footage} line, sorted. */
    public static List<String> footageClauses() {
        return ActionChecker.FOOTAGE.stream().filter(c -> !c.isEmpty()).sorted().toList();
    }

    private static String written(String keyword) {
        return switch (keyword) {
            case "left", "right" -> keyword + " of";
            case "next" -> "next to";
            default -> keyword;
        };
    }
}
