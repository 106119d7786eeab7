package org.lessonstudio.studio;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.lessonstudio.renderer.AtomicOutput;
import org.lessonstudio.renderer.FrameRenderer;
import org.lessonstudio.timeline.frame.FrameState;

/** One frame saved as a picture, for `lesson still` and the preview alike. */
public final class Stills {

    private Stills() {
    }

    /** The frame as a PNG of the given size, written atomically. */
    public static void writePng(FrameState frame, int width, int height, Path target) throws IOException {
        writePng(frame, width, height, target, org.lessonstudio.renderer.FootageFrames.DRAWN);
    }

    /** The frame as a PNG, its footage pictures from {@code footage}. */
    public static void writePng(FrameState frame, int width, int height, Path target,
                                org.lessonstudio.renderer.FootageFrames footage) throws IOException {
        BufferedImage image = new FrameRenderer(footage).render(frame, width, height);
        AtomicOutput.write(target, path -> {
            if (!ImageIO.write(image, "png", path.toFile())) {
                throw new IOException("no PNG writer is available");
            }
        });
    }
}
