package org.lessonstudio.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.lessonstudio.media.ClipReader;

/** Pictures read back out of a video, and how a person would tell them apart. */
final class Frames {

    private Frames() {
    }

    /** The frame of {@code video} shown at {@code seconds}. */
    static BufferedImage at(Path video, double seconds) throws IOException {
        try (ClipReader reader = ClipReader.open(video)) {
            return reader.frameAt(seconds);
        }
    }

    /**
     * How different two pictures of the same size look: the mean difference per channel, 0 (the
     * same) to 255 (black against white).
     */
    static double difference(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            throw new AssertionError("pictures of different sizes: " + a.getWidth() + "x" + a.getHeight() + " and "
                    + b.getWidth() + "x" + b.getHeight());
        }
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    /** How far the picture is from one flat colour (its own average): 0 for a blank frame. */
    static double spread(BufferedImage image) {
        long[] total = new long[3];
        int n = image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                total[0] += (p >> 16) & 0xFF;
                total[1] += (p >> 8) & 0xFF;
                total[2] += p & 0xFF;
            }
        }
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        int mean = (int) (total[0] / n) << 16 | (int) (total[1] / n) << 8 | (int) (total[2] / n);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                flat.setRGB(x, y, mean);
            }
        }
        return difference(image, flat);
    }
}
