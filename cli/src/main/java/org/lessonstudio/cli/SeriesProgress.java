package org.lessonstudio.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.lessonstudio.app.Durations;
import org.lessonstudio.app.farm.RenderBackend;
import org.lessonstudio.app.farm.TaskResult;

/**
 * A series' export as it goes, one line a lesson: how many are done of how many, the lesson just
 * finished and where, frames a second across the farm and the time left at that pace.
 */
final class SeriesProgress implements RenderBackend.Listener {

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long frames;
    private long finishedFrames;

    private final String where;

    SeriesProgress(PrintWriter err, String where) {
        this.err = err;
        this.where = where;
    }

    @Override
    public void starting(int tasks) {
        err.println("Rendering " + tasks + (tasks == 1 ? " lesson" : " lessons") + " on " + where + ".");
        err.flush();
    }

    @Override
    public void frames(long done) {
        frames = Math.max(frames, done);
    }

    @Override
    public void finished(TaskResult result, int done, int total) {
        double seconds = (System.nanoTime() - started) / 1e9;
        finishedFrames += result.frames();
        long all = Math.max(frames, finishedFrames);
        StringBuilder bar = new StringBuilder("[");
        int width = 20;
        int filled = (int) Math.round(width * done / (double) total);
        bar.append("#".repeat(filled)).append(".".repeat(width - filled)).append(']');
        double left = done == 0 ? 0 : seconds / done * (total - done);
        err.printf(Locale.ROOT, "%s %d/%d %s %s on %s%s%s%n", bar, done, total, result.name(),
                result.mistaken() ? "has mistakes"
                        : String.format(Locale.ROOT, "rendered (%d frames in %.1f s)", result.frames(),
                                result.seconds()), result.worker(),
                all > 0 ? String.format(Locale.ROOT, ", %.0f frames/s", all / seconds) : "",
                done < total ? ", about " + Durations.format(left) + " left" : "");
        err.flush();
    }
}
