package org.lessonstudio.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lessonstudio.app.Env;

/**
 * A progress bar on the terminal (frames, frames per second, time left) that appears only once a
 * render has taken more than a second, and never when the output is not a terminal.
 */
final class TerminalProgress implements AutoCloseable {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private final boolean enabled;
    private final PrintStream stream;
    private final long started = System.nanoTime();
    private ProgressBar bar;
    private boolean closed;

    TerminalProgress(boolean enabled, PrintStream stream) {
        this.enabled = enabled;
        this.stream = stream;
    }

    /** On when a person is watching: standard error goes to a terminal (and not a CI's log). */
    static boolean terminalAttached(Env env) {
        return System.console() != null && !env.variables().containsKey("CI");
    }

    /** After each frame: the bar, once the render has taken more than a second. */
    public void framesDone(int done, int total) {
        if (!enabled || closed) {
            return;
        }
        if (bar == null) {
            if (System.nanoTime() - started < SHOW_AFTER_NANOS || done >= total) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName("Rendering").setInitialMax(total).setUnit(" frames", 1)
                    .showSpeed().setStyle(ProgressBarStyle.ASCII).continuousUpdate()
                    .setConsumer(new ConsoleProgressBarConsumer(stream)).build();
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        closed = true;
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
