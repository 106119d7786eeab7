package org.lessonstudio.preview;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.LessonFootage;
import org.lessonstudio.renderer.FootageFrames;
import org.lessonstudio.renderer.FrameRenderer;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * Renders the preview's frames ahead of the playhead on a background thread, with the same
 * {@link FrameRenderer} as the export, so the UI thread only ever shows finished pixels.
 *
 * <p>Finished frames are kept by what they show (the frame state, without its time) and their
 * size: a frame that looks the same after a save (an unchanged scene) or at another moment (a
 * pause) is never drawn twice. The cache is bounded in bytes, so memory stays flat.
 */
public final class FrameAhead implements AutoCloseable {

    /** Frames drawn ahead of the playhead. */
    static final int AHEAD = 12;
    private static final long BUDGET_BYTES = 192L << 20;

    /** What the frame cache is keyed by: what the frame shows, and at what size. */
    private record Key(FrameState state, int width, int height) {
        static Key of(Timeline timeline, int frame, int fps, int width, int height) {
            FrameState s = timeline.frameAt((double) frame / fps);
            return new Key(new FrameState(0, s.sceneIndex(), s.sceneTitle(), s.theme(), s.viewport(), s.items(),
                    s.caption(), s.captionOpacity(), s.background()), width, height);
        }
    }

    /** The playhead's frame and the size to draw at, as the UI last asked. */
    private record Wanted(Timeline timeline, int frame, int fps, int width, int height) { }

    private final Map<Key, int[]> frames = new LinkedHashMap<>(64, 0.75f, true);
    private final Object lock = new Object();
    private final Thread worker;
    private Wanted wanted;
    private boolean closed;
    private int rendered;

    private final Env env;
    private final PreviewLog log;

    /** Draws with the footage at hand in {@code env}'s clip cache; failures go to {@code log}. */
    public FrameAhead(Env env, PreviewLog log) {
        this.env = env;
        this.log = log;
        worker = new Thread(this::work, "lesson-preview-frames");
        worker.setDaemon(true);
        worker.start();
    }

    /** Asks for the playhead's frame and those after it; returns at once. */
    public void want(Timeline timeline, int frame, int fps, int width, int height) {
        synchronized (lock) {
            Wanted next = new Wanted(timeline, frame, fps, width, height);
            if (!next.equals(wanted)) {
                wanted = next;
                lock.notifyAll();
            }
        }
    }

    /** The frame's pixels (ARGB, premultiplied, row by row) if drawn already, else null. */
    public int[] ready(Timeline timeline, int frame, int fps, int width, int height) {
        Key key = Key.of(timeline, frame, fps, width, height);
        synchronized (lock) {
            return frames.get(key);
        }
    }

    /** How many frames have been drawn in all (for tests and benchmarks). */
    public int rendered() {
        synchronized (lock) {
            return rendered;
        }
    }

    /**
     * The footage of the lesson being drawn: clips at hand (the teacher's, or made by an earlier
     * render), shots drawn from their words, or a slate for footage a service will make. The
     * preview never makes footage and never calls a service.
     */
    private FootageFrames footageOf(Timeline timeline) {
        try {
            return LessonFootage.look(timeline, timeline.lesson().video(), env);
        } catch (java.io.IOException | RuntimeException e) {
            log.failure("finding the lesson's footage", e);
            return FootageFrames.DRAWN;
        }
    }

    private static void close(FootageFrames footage) {
        if (footage instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // done with it either way
            }
        }
    }

    private void work() {
        Timeline footageFor = null;
        FootageFrames footage = FootageFrames.DRAWN;
        FrameRenderer renderer = new FrameRenderer();
        BufferedImage image = null;
        while (true) {
            Wanted job;
            int nextFrame;
            Key next;
            synchronized (lock) {
                while (true) {
                    if (closed) {
                        close(footage);
                        return;
                    }
                    job = wanted;
                    nextFrame = job == null ? -1 : missing(job);
                    if (nextFrame >= 0) {
                        break;
                    }
                    waitQuietly();
                }
                next = Key.of(job.timeline(), nextFrame, job.fps(), job.width(), job.height());
            }
            if (job.timeline() != footageFor) {
                close(footage);
                footage = footageOf(job.timeline());
                footageFor = job.timeline();
                renderer = new FrameRenderer(footage);
            }
            if (image == null || image.getWidth() != job.width() || image.getHeight() != job.height()) {
                image = new BufferedImage(job.width(), job.height(), BufferedImage.TYPE_INT_ARGB_PRE);
            }
            try {
                renderer.renderInto(job.timeline().frameAt((double) nextFrame / job.fps()), image);
            } catch (RuntimeException e) {
                log.failure("drawing frame " + nextFrame, e);
                synchronized (lock) {
                    wanted = null;
                }
                continue;
            }
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData().clone();
            synchronized (lock) {
                frames.put(next, pixels);
                rendered++;
                trim(job.width() * (long) job.height() * 4);
            }
        }
    }

    /** The first frame from the playhead on that is not drawn yet, or -1. Holds the lock. */
    private int missing(Wanted job) {
        int last = job.timeline().frameCount(job.fps()) - 1;
        for (int k = 0; k < AHEAD; k++) {
            int frame = Math.min(last, job.frame() + k);
            if (frame < 0) {
                return -1;
            }
            if (!frames.containsKey(Key.of(job.timeline(), frame, job.fps(), job.width(), job.height()))) {
                return frame;
            }
        }
        return -1;
    }

    private void trim(long frameBytes) {
        long most = Math.max(AHEAD * 2L, BUDGET_BYTES / Math.max(1, frameBytes));
        var oldest = frames.keySet().iterator();
        while (frames.size() > most && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    private void waitQuietly() {
        try {
            lock.wait(250);
        } catch (InterruptedException e) {
            closed = true;
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }
}
