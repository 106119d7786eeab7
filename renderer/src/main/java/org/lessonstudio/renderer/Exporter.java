package org.lessonstudio.renderer;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Where rendered frames go: a video file, a folder of images, a test's list. The export driver
 * calls {@link #start}, then {@link #frame} once per frame in order, then {@link #finish}; on any
 * failure or cancel it calls {@link #abort} instead, which must leave nothing half-written.
 */
public interface Exporter {

    void start(int width, int height, int fps) throws IOException;

    /**
     * Called on the drawing thread with each frame as soon as it is drawn, after {@link #start} and
     * before {@link #frame} gets the same image: work on the picture that can overlap the encoding
     * of the frames before it (a video's colour conversion). The image is not drawn on again until
     * {@link #frame} for it has returned. Does nothing unless an exporter needs it.
     */
    default void prepare(BufferedImage image) throws IOException {
    }

    /** One frame, {@link BufferedImage#TYPE_3BYTE_BGR}; the image is reused after this returns. */
    void frame(BufferedImage image) throws IOException;

    void finish() throws IOException;

    void abort();
}
