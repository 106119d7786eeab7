package org.lessonstudio.footage.safety;

import java.util.List;
import java.util.Set;

/**
 * A rule's condition: concepts joined by {@code and} and {@code or}, in brackets where needed.
 * Each kind answers for itself, so a new kind cannot be forgotten anywhere.
 */
sealed interface Expr {

    /** Whether the condition holds when the concepts in {@code said} are said. */
    boolean holds(Set<String> said);

    /** The concepts that make the condition hold, to quote their words. */
    void reasons(Set<String> said, Set<String> into);

    /** Every concept named. */
    void concepts(Set<String> into);

    /** A concept is said (and not denied, as in "no blood"). */
    record Said(String concept) implements Expr {
        @Override
        public boolean holds(Set<String> said) {
            return said.contains(concept);
        }

        @Override
        public void reasons(Set<String> said, Set<String> into) {
            if (said.contains(concept)) {
                into.add(concept);
            }
        }

        @Override
        public void concepts(Set<String> into) {
            into.add(concept);
        }
    }

    /** Every part holds. */
    record All(List<Expr> parts) implements Expr {
        @Override
        public boolean holds(Set<String> said) {
            return parts.stream().allMatch(p -> p.holds(said));
        }

        @Override
        public void reasons(Set<String> said, Set<String> into) {
            parts.forEach(p -> p.reasons(said, into));
        }

        @Override
        public void concepts(Set<String> into) {
            parts.forEach(p -> p.concepts(into));
        }
    }

    /** At least one part holds. */
    record Any(List<Expr> parts) implements Expr {
        @Override
        public boolean holds(Set<String> said) {
            return parts.stream().anyMatch(p -> p.holds(said));
        }

        @Override
        public void reasons(Set<String> said, Set<String> into) {
            parts.stream().filter(p -> p.holds(said)).forEach(p -> p.reasons(said, into));
        }

        @Override
        public void concepts(Set<String> into) {
            parts.forEach(p -> p.concepts(into));
        }
    }
}
