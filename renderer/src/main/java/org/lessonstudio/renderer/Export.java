package org.lessonstudio.renderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.lessonstudio.timeline.Timeline;

/**
 * Renders every frame of a timeline and hands it to an exporter. Drawing runs on its own thread
 * and encoding on the caller's, so the two overlap; a small fixed pool of images goes round
 * between them, so memory stays the same whatever the lesson's length.
 */
public final class Export {

    /** Images in flight between drawing and encoding. */
    private static final int POOL = 4;

    private final Timeline timeline;
    private final int width;
    private final int height;
    private final int fps;
    private final FootageFrames footage;

    public Export(Timeline timeline, int width, int height, int fps) {
        this(timeline, width, height, fps, FootageFrames.DRAWN);
    }

    /** An export whose footage shots show pictures from {@code footage} (clips decoded by the studio). */
    public Export(Timeline timeline, int width, int height, int fps, FootageFrames footage) {
        this.footage = footage;
        this.timeline = timeline;
        this.width = width;
        this.height = height;
        this.fps = fps;
    }

    public int frameCount() {
        return timeline.frameCount(fps);
    }

    /**
     * Runs the export. On any failure, or if the thread is interrupted, the exporter is aborted and
     * the failure is thrown; the exporter is finished only when every frame went through.
     */
    public void run(Exporter exporter, ExportProgress progress) throws IOException, InterruptedException {
        run(exporter, progress, 0, frameCount());
    }

    /**
     * Runs the export for {@code count} frames starting at frame {@code first} (frame i shows time
     * i / fps): one scene, or a window for a benchmark.
     */
    public void run(Exporter exporter, ExportProgress progress, int first, int count)
            throws IOException, InterruptedException {
        if (first < 0 || count < 0 || first + count > frameCount()) {
            throw new IllegalArgumentException("frames " + first + ".." + (first + count) + " are outside 0.."
                    + frameCount());
        }
        int total = count;
        BlockingQueue<BufferedImage> free = new ArrayBlockingQueue<>(POOL);
        BlockingQueue<BufferedImage> drawn = new ArrayBlockingQueue<>(POOL);
        for (int i = 0; i < POOL; i++) {
            free.add(new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR));
        }
        AtomicReference<Throwable> drawingFailure = new AtomicReference<>();
        Thread drawing = new Thread(() -> {
            FrameRenderer renderer = new FrameRenderer(footage);
            try {
                for (int i = 0; i < total; i++) {
                    BufferedImage image = free.take();
                    renderer.renderInto(timeline.frameAt((double) (first + i) / fps), image);
                    drawn.put(image);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable t) {
                drawingFailure.set(t);
            }
        }, "lesson-draw");
        drawing.setDaemon(true);

        boolean finished = false;
        try {
            exporter.start(width, height, fps);
            drawing.start();
            for (int i = 0; i < total; i++) {
                BufferedImage image = null;
                while (image == null) {
                    image = drawn.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS);
                    if (image == null && drawingFailure.get() != null) {
                        throw new IOException("drawing frame " + i + " failed", drawingFailure.get());
                    }
                    if (image == null && !drawing.isAlive() && drawn.isEmpty()) {
                        throw new IOException("drawing stopped before frame " + i);
                    }
                }
                exporter.frame(image);
                free.put(image);
                progress.framesDone(i + 1, total);
            }
            exporter.finish();
            finished = true;
        } finally {
            drawing.interrupt();
            if (!finished) {
                exporter.abort();
            }
        }
    }
}
