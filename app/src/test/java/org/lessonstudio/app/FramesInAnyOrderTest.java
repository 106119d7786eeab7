package org.lessonstudio.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lessonstudio.renderer.FrameRenderer;
import org.lessonstudio.timeline.Timeline;

/**
 * {@code Timeline.frameAt(t)} depends only on the lesson and {@code t}: frames asked for from eight
 * threads at once, each in its own random order, from one shared timeline, are the very pixels of
 * the same frames drawn one by one, in order, from a timeline of their own. This is what lets the
 * export draw on its own thread and the preview jump anywhere.
 */
class FramesInAnyOrderTest {

    private static final int THREADS = 8;
    /** Each thread asks for every frame this many times, so threads meet on the same frame often. */
    private static final int ROUNDS = 2;
    private static final int WIDTH = 192;
    private static final int HEIGHT = 108;

    private static int[] pixels(FrameRenderer renderer, Timeline timeline, double t) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB_PRE);
        renderer.renderInto(timeline.frameAt(t), image);
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    @Test
    void eightThreadsInRandomOrderDrawTheFramesOneThreadDrawsInOrder() throws Exception {
        Path flagship = Path.of("../examples/sine-from-unit-circle.lesson");
        Timeline reference = TestEnv.silent(flagship).timeline();
        int fps = reference.lesson().video().fps();
        List<Double> times = new ArrayList<>();
        for (int frame = 0; frame < reference.frameCount(fps); frame += 11) {
            times.add((double) frame / fps);
        }
        FrameRenderer inOrder = new FrameRenderer();
        List<int[]> expected = new ArrayList<>();
        for (double t : times) {
            expected.add(pixels(inOrder, reference, t));
        }
        long distinct = expected.stream().map(java.util.Arrays::hashCode).distinct().count();
        assertTrue(distinct > times.size() / 3, "the frames compared are different pictures: " + distinct);

        Timeline shared = TestEnv.silent(flagship).timeline();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<int[]>>> drawn = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                long seed = thread;
                drawn.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < times.size(); i++) {
                            order.add(i);
                        }
                    }
                    Collections.shuffle(order, new Random(seed));
                    FrameRenderer renderer = new FrameRenderer();
                    List<int[]> mine = new ArrayList<>();
                    for (int i : order) {
                        int[] got = pixels(renderer, shared, times.get(i));
                        if (!java.util.Arrays.equals(got, expected.get(i))) {
                            mine.add(got);
                            mine.add(new int[] {i});
                        }
                    }
                    return mine;
                }));
            }
            for (Future<List<int[]>> thread : drawn) {
                List<int[]> wrong = thread.get();
                if (!wrong.isEmpty()) {
                    int i = wrong.get(1)[0];
                    assertArrayEquals(expected.get(i), wrong.get(0), "the frame at " + times.get(i) + " s ("
                            + wrong.size() / 2 + " frames differ)");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
