package org.lessonstudio.dsl.parse;

import java.util.List;
import java.util.Set;

/** The words that start a statement, used to recognise statements and to suggest fixes for typos. */
public final class Vocabulary {

    /** Kinds of object a scene can define: {@code KIND NAME: clauses}. */
    public static final List<String> OBJECT_KINDS = List.of("axes", "plane", "number line", "circle", "ellipse",
            "arc", "sector", "point", "line", "segment", "ray", "arrow", "vector", "polygon", "rectangle", "square",
            "angle", "curve", "area", "brace", "text", "tex", "number", "table", "image", "group");

    /** Kinds of object that can be written in place inside an action: {@code write tex "…"}. */
    public static final Set<String> INLINE_KINDS = Set.of("text", "tex", "image");

    /** Actions, the things that happen in time. {@code fade} is always followed by in or out. */
    public static final List<String> ACTIONS = List.of("draw", "show", "hide", "write", "fade", "animate",
            "together", "wait", "say", "title", "grow", "move", "rotate", "scale", "change", "highlight", "indicate",
            "circumscribe", "trace", "transform", "camera", "music", "footage");

    public static final List<String> HEADER_KEYS = List.of("audience", "language", "video", "theme", "voice", "safety",
            "footage", "clips", "watermark");

    private Vocabulary() {
    }

    public static List<String> statementWords() {
        List<String> all = new java.util.ArrayList<>(OBJECT_KINDS);
        all.addAll(ACTIONS);
        all.add("value");
        all.add("scene");
        return all;
    }
}
