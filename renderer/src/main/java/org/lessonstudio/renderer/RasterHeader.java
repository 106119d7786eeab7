package org.lessonstudio.renderer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A PNG or JPEG judged by its header alone: that it is a picture at all (whatever its name says),
 * and that it is small enough to hold in memory once decoded.
 */
final class RasterHeader {

    /** 40 million pixels: a 8000x5000 photo; four times what a 4K frame needs. */
    static final long MOST_PIXELS = 40_000_000L;

    private RasterHeader() {
    }

    static Optional<String> problem(Path file) {
        try (java.io.InputStream bytes = HeldInputs.open(file);
             ImageInputStream in = new javax.imageio.stream.MemoryCacheImageInputStream(bytes)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.of("the file is not a PNG or JPEG picture inside, whatever its name says");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    return Optional.of("the picture has no size");
                }
                if (width * height > MOST_PIXELS) {
                    return Optional.of(String.format(Locale.ROOT,
                            "the picture is %dx%d pixels, more than Lesson Studio holds (%d million pixels at most)",
                            width, height, MOST_PIXELS / 1_000_000));
                }
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("the picture's header cannot be read (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }
}
