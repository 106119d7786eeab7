package org.lessonstudio.studio;

import java.util.Locale;

/** Shows a length of time the way people say it: {@code 1:22.3}, {@code 45.0 s}. */
final class Durations {

    private Durations() {
    }

    static String format(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        int minutes = (int) (seconds / 60);
        return String.format(Locale.ROOT, "%d:%04.1f", minutes, seconds - minutes * 60);
    }
}
