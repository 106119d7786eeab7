package org.lessonstudio.renderer;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadUpdateListener;
import javax.imageio.stream.ImageInputStream;

/**
 * A PNG or JPEG judged by its header alone: that it is a picture at all (whatever its name says),
 * and that it is small enough to hold in memory once decoded; a PNG's parts are counted to its end
 * and a picture's first rows decoded, small, so a cut or undecodable file is found. The rest of
 * its pixels are decoded when it is drawn, at the size it is drawn ({@link RasterCache}).
 */
final class RasterHeader {

    /** 40 million pixels: a 8000x5000 photo; four times what a 4K frame needs. */
    static final long MOST_PIXELS = 40_000_000L;

    /** A picture's size in pixels, as its header gives it. */
    record Size(long width, long height) {
        long pixels() {
            return width * height;
        }
    }

    private RasterHeader() {
    }

    static Optional<String> problem(Path file) {
        try {
            Size size = read(() -> HeldInputs.image(file));
            if (size.pixels() > MOST_PIXELS) {
                return Optional.of(String.format(Locale.ROOT,
                        "the picture is %dx%d pixels, more than Lesson Studio holds (%d million pixels at most)",
                        size.width(), size.height(), MOST_PIXELS / 1_000_000));
            }
            Optional<String> whole = PngChunks.problem(file);
            return whole.isPresent() ? whole : firstRows(file, size);
        } catch (NotAPicture e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Its first rows decoded, a few hundred pixels wide: a kind of picture Java cannot decode (a
     * CMYK JPEG, a broken colour profile) is found without decoding the rest.
     */
    private static Optional<String> firstRows(Path file, Size size) {
        int step = (int) Math.max(1, size.width() / 256);
        try (ImageInputStream in = HeldInputs.image(file)) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(new Rectangle(0, 0, (int) size.width(), (int) Math.min(size.height(), 8L * step)));
                param.setSourceSubsampling(step, step, 0, 0);
                reader.addIIOReadUpdateListener(new StopAfterRegion());
                reader.read(0, param);
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("the picture cannot be decoded (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : SvgScan.plain(e.getMessage())) + ")");
        }
    }

    /** The size a picture's header gives, or empty if it is not a PNG or JPEG with a size. */
    static Optional<Size> size(Path file) {
        try {
            return Optional.of(read(() -> HeldInputs.image(file)));
        } catch (NotAPicture e) {
            return Optional.empty();
        }
    }

    /** The same for a picture held in memory (one written inside an SVG). */
    static Optional<Size> size(byte[] bytes) {
        try {
            return Optional.of(read(() -> new javax.imageio.stream.MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))));
        } catch (NotAPicture e) {
            return Optional.empty();
        }
    }

    private static final class NotAPicture extends Exception {
        NotAPicture(String message) {
            super(message, null, false, false);
        }
    }

    /** Stops the PNG reader once the rows asked for are decoded (it would inflate the rest for nothing). */
    private static final class StopAfterRegion implements IIOReadUpdateListener {
        @Override
        public void imageUpdate(ImageReader source, BufferedImage image, int minX, int minY, int width, int height,
                                int periodX, int periodY, int[] bands) {
            if (minY + height >= image.getHeight()) {
                source.abort();
            }
        }

        @Override
        public void passStarted(ImageReader source, BufferedImage image, int pass, int minPass, int maxPass,
                                int minX, int minY, int periodX, int periodY, int[] bands) {
        }

        @Override
        public void passComplete(ImageReader source, BufferedImage image) {
        }

        @Override
        public void thumbnailPassStarted(ImageReader source, BufferedImage thumbnail, int pass, int minPass,
                                         int maxPass, int minX, int minY, int periodX, int periodY, int[] bands) {
        }

        @Override
        public void thumbnailUpdate(ImageReader source, BufferedImage thumbnail, int minX, int minY, int width,
                                    int height, int periodX, int periodY, int[] bands) {
        }

        @Override
        public void thumbnailPassComplete(ImageReader source, BufferedImage thumbnail) {
        }
    }

    /** Opens the picture's bytes. */
    private interface Opener {
        ImageInputStream open() throws IOException;
    }

    private static Size read(Opener opener) throws NotAPicture {
        try (ImageInputStream in = opener.open()) {
            if (in == null) {
                throw new NotAPicture("the file cannot be opened");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new NotAPicture("the file is not a PNG or JPEG picture inside, whatever its name says");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw new NotAPicture("the picture has no size");
                }
                return new Size(width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new NotAPicture("the picture's header cannot be read (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : SvgScan.plain(e.getMessage())) + ")");
        }
    }
}
