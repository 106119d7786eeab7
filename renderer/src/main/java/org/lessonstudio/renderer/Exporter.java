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

    /** One frame, {@link BufferedImage#TYPE_3BYTE_BGR}; the image is reused after this returns. */
    void frame(BufferedImage image) throws IOException;

    void finish() throws IOException;

    void abort();
}
