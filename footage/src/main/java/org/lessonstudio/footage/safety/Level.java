package org.lessonstudio.footage.safety;

import java.util.Locale;
import java.util.Optional;

/**
 * How careful the check is, set in a lesson's header ({@code safety: strict} or {@code safety:
 * standard}): strict for primary school (the default), standard for secondary school.
 */
public enum Level {
    /** Primary school; the default. */
    STRICT,
    /** Secondary school. */
    STANDARD;

    /** The level a lesson's header names ({@code strict} or {@code standard}), if it is one. */
    public static Optional<Level> named(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "strict" -> Optional.of(STRICT);
            case "standard" -> Optional.of(STANDARD);
            default -> Optional.empty();
        };
    }

    /** The level a lesson's header names, or strict when it names none. */
    public static Level of(String name) {
        return named(name).orElse(STRICT);
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
