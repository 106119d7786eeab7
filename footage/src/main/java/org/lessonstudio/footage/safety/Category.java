package org.lessonstudio.footage.safety;

import java.util.Locale;

/**
 * A kind of footage a classroom must not be shown, the level from which it is refused, and how to
 * say the shot otherwise. Categories are data ({@code templates/safety/categories.txt}).
 *
 * @param name    its name, as rules use it ({@code graphic-injury})
 * @param refused from which level it is refused
 * @param covers  what it covers, for a teacher
 * @param rephrase how to describe the shot so that it is fine, for a teacher
 */
public record Category(String name, Refused refused, String covers, String rephrase) {

    /** From which level a category is refused. */
    public enum Refused {
        /** At every level; no school and no lesson can allow it. */
        NEVER,
        /** At {@code standard} and {@code strict}. */
        STANDARD,
        /** At {@code strict} only. */
        STRICT;

        static Refused named(String word) {
            return switch (word.strip().toLowerCase(Locale.ROOT)) {
                case "never", "always", "every level" -> NEVER;
                case "standard", "from standard" -> STANDARD;
                case "strict", "from strict", "strict only" -> STRICT;
                default -> null;
            };
        }
    }

    /** Whether a lesson at {@code level} may not show it. */
    public boolean refusedAt(Level level) {
        return switch (refused) {
            case NEVER, STANDARD -> true;
            case STRICT -> level == Level.STRICT;
        };
    }

    /** Its name for a teacher: "graphic injury". */
    public String title() {
        return name.replace('-', ' ');
    }
}
