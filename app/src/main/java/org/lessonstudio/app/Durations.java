package org.lessonstudio.app;

import java.util.Locale;

/** Shows a length of time the way people say it: {@code 1:22.3}, {@code 45.0 s}. */
public final class Durations {

    private Durations() {
    }

    /** Always minutes and seconds, for a clock that does not jump in width: {@code 0:07.5}. */
    public static String clock(double seconds) {
        int minutes = (int) (seconds / 60);
        return String.format(Locale.ROOT, "%d:%04.1f", minutes, seconds - minutes * 60);
    }

    /** Seconds under a minute, else minutes and seconds: {@code 45.0 s}, {@code 1:22.3}. */
    public static String format(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        int minutes = (int) (seconds / 60);
        return String.format(Locale.ROOT, "%d:%04.1f", minutes, seconds - minutes * 60);
    }
}
