package org.lessonstudio.footage;

import java.util.Locale;

/**
 * The most generated video (in seconds) one render may ask services for. Each job reserves its
 * seconds before it is sent; a job that would go past the budget is never sent.
 */
public final class FootageBudget {

    private final double limit;
    private double spent;

    /** @param seconds 0 or more; not a number or infinity would switch the limit off, and is refused */
    public FootageBudget(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            throw new IllegalArgumentException("a footage budget is 0 or more seconds, not " + seconds);
        }
        this.limit = seconds;
    }

    /** Reserves {@code seconds} of generation, or refuses (nothing is sent) when the budget would be passed. */
    public synchronized void reserve(double seconds) throws FootageException {
        if (spent + seconds > limit + 1e-9) {
            throw new FootageException(String.format(Locale.ROOT,
                    "this %.0f s clip would pass the render's footage budget (%.0f s of %.0f s used; raise it with"
                            + " --footage-budget)", seconds, spent, limit));
        }
        spent += seconds;
    }

    /** Gives back seconds reserved for a job that was never accepted by the service. */
    public synchronized void release(double seconds) {
        spent = Math.max(0, spent - seconds);
    }

    public synchronized double spent() {
        return spent;
    }

    public double limit() {
        return limit;
    }
}
