package org.lessonstudio.studio;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.lessonstudio.renderer.AtomicOutput;
import org.lessonstudio.renderer.FrameRenderer;
import org.lessonstudio.timeline.Timeline;

/**
 * One frame saved as a picture, for `lesson still`, the gallery, course posters and the preview
 * alike: with the footage at hand (clips of the teacher's, or made by an earlier render), as the
 * preview shows it.
 */
public final class Stills {

    private Stills() {
    }

    /** The lesson at {@code time} as a PNG of the given size, written atomically. */
    public static void writePng(Timeline timeline, double time, int width, int height, Path target)
            throws IOException {
        BufferedImage image;
        try (LessonFootage footage = LessonFootage.look(timeline, timeline.lesson().video())) {
            image = new FrameRenderer(footage).render(timeline.frameAt(time), width, height);
        }
        AtomicOutput.write(target, path -> {
            if (!ImageIO.write(image, "png", path.toFile())) {
                throw new IOException("no PNG writer is available");
            }
        });
    }
}
