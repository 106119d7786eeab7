package org.lessonstudio.renderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * PNG and JPEG pictures decoded for drawing: each at most at twice the size it is drawn (every
 * n-th pixel of every n-th row, so a 6000x6000 photo drawn 500 pixels high holds 1000x1000, not
 * 36 million pixels), and all of them together in at most {@link #MOST_BYTES}; the pictures drawn
 * longest ago are let go first and decoded again if they come back.
 */
final class RasterCache {

    /** What decoded pictures may hold at once, four bytes a pixel: 64 full-HD frames. */
    static final long MOST_BYTES = 512L * 1024 * 1024;

    private record Key(Path file, int step) { }

    private static final Map<Path, RasterHeader.Size> SIZES = new ConcurrentHashMap<>();
    private static final LinkedHashMap<Key, BufferedImage> DECODED = new LinkedHashMap<>(16, 0.75f, true);
    private static long held;

    private RasterCache() {
    }

    /** The picture's size by its header (read once). */
    static RasterHeader.Size size(Path file) {
        return SIZES.computeIfAbsent(file, f -> RasterHeader.size(f).orElseThrow(() -> new PictureFailed(f,
                "the file is not a PNG or JPEG picture inside, whatever its name says")));
    }

    /** The picture decoded for drawing {@code onScreen} device pixels high. */
    static synchronized BufferedImage decoded(Path file, RasterHeader.Size natural, double onScreen) {
        int step = step(natural.height(), onScreen);
        Key key = new Key(file, step);
        BufferedImage known = DECODED.get(key);
        if (known != null) {
            return known;
        }
        BufferedImage image = decode(file, step);
        long bytes = 4L * image.getWidth() * image.getHeight();
        Iterator<Map.Entry<Key, BufferedImage>> oldest = DECODED.entrySet().iterator();
        while (held + bytes > MOST_BYTES && oldest.hasNext()) {
            BufferedImage gone = oldest.next().getValue();
            held -= 4L * gone.getWidth() * gone.getHeight();
            oldest.remove();
        }
        DECODED.put(key, image);
        held += bytes;
        return image;
    }

    /** Every how many pixels one is kept: the picture at least twice as tall as it is drawn. */
    static int step(long naturalHeight, double onScreen) {
        double drawn = onScreen > 0.5 && Double.isFinite(onScreen) ? onScreen : 0.5; // shrunk to nothing: tiny
        double ratio = naturalHeight / (2 * drawn);
        return ratio >= 2 && Double.isFinite(ratio) ? (int) Math.min(Integer.MAX_VALUE, Math.floor(ratio)) : 1;
    }

    /** Decodes the picture keeping every {@code step}-th pixel of every {@code step}-th row. */
    static BufferedImage decode(Path file, int step) {
        try (ImageInputStream in = HeldInputs.image(file)) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("it is not a PNG or JPEG picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new PictureFailed(file, "the picture cannot be decoded (" + SvgScan.plain(e.getMessage()) + ")");
        }
    }
}
