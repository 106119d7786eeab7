package org.lessonstudio.dsl.parse;

import java.util.List;
import java.util.Set;
import org.lessonstudio.dsl.check.Kinds;

/** The words that start a statement, used to recognise statements and to suggest fixes for typos. */
public final class Vocabulary {

    /** Kinds of object a scene can define: {@code KIND NAME: clauses}, each declared once in {@link Kinds}. */
    public static final List<String> OBJECT_KINDS = Kinds.words();

    /** Kinds of object that can be written in place inside an action: {@code write tex "…"}. */
    public static final Set<String> INLINE_KINDS = Kinds.inline();

    /** Actions, the things that happen in time. {@code fade} is always followed by in or out. */
    public static final List<String> ACTIONS = List.of("draw", "show", "hide", "write", "fade", "animate",
            "together", "wait", "pause", "say", "title", "grow", "move", "rotate", "scale", "change", "highlight", "indicate",
            "circumscribe", "trace", "transform", "camera", "music", "footage", "warp");

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
