package org.lessonstudio.footage.safety;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The check's answer for one prompt at one level: allowed, or refused for the reasons listed
 * (the first is the one to show; every category refused is among them).
 *
 * @param level    the level checked at
 * @param refusals why it is refused; empty when it is allowed
 */
public record Verdict(Level level, List<Refusal> refusals) {

    public Verdict {
        refusals = List.copyOf(refusals);
    }

    public boolean allowed() {
        return refusals.isEmpty();
    }

    /** Whether every reason would be gone at {@code standard} (only strict-only categories refused). */
    public boolean onlyStrict() {
        return !refusals.isEmpty() && refusals.stream().noneMatch(r -> r.category().refusedAt(Level.STANDARD));
    }

    /** The categories refused, each once, as a teacher reads them: "violence, graphic injury". */
    public String categories() {
        return refusals.stream().map(r -> r.category().title()).distinct().collect(Collectors.joining(", "));
    }
}
