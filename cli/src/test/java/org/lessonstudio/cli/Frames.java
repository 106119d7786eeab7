package org.lessonstudio.cli;

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

    /** An SVG drawn to pixels by Batik, at its own size, as a browser or a print shop would draw it. */
    static BufferedImage svg(Path file) throws IOException {
        String parser = org.apache.batik.util.XMLResourceDescriptor.getXMLParserClassName();
        org.w3c.dom.svg.SVGDocument document = new org.apache.batik.anim.dom.SAXSVGDocumentFactory(parser)
                .createSVGDocument(file.toUri().toString());
        org.apache.batik.bridge.UserAgentAdapter agent = new org.apache.batik.bridge.UserAgentAdapter();
        org.apache.batik.bridge.BridgeContext context = new org.apache.batik.bridge.BridgeContext(agent,
                new org.apache.batik.bridge.DocumentLoader(agent));
        org.apache.batik.gvt.GraphicsNode node = new org.apache.batik.bridge.GVTBuilder().build(context, document);
        java.awt.geom.Dimension2D size = context.getDocumentSize();
        BufferedImage image = new BufferedImage((int) Math.round(size.getWidth()), (int) Math.round(size.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        node.paint(g);
        g.dispose();
        return image;
    }

    /**
     * How many pixels stand out from the picture's background (its most common colour) as a person
     * would see them, not as compression noise: 0 for a blank board.
     */
    static int marked(BufferedImage image) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                counts.merge(image.getRGB(x, y) & 0xF0F0F0, 1, Integer::sum);
            }
        }
        int background = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        int marked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (far(image.getRGB(x, y), background | 0x080808)) {
                    marked++;
                }
            }
        }
        return marked;
    }

    /** How many pixels of two pictures a person would see differ. */
    static int changed(BufferedImage a, BufferedImage b) {
        int changed = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (far(a.getRGB(x, y), b.getRGB(x, y))) {
                    changed++;
                }
            }
        }
        return changed;
    }

    private static boolean far(int p, int q) {
        return Math.abs(((p >> 16) & 0xFF) - ((q >> 16) & 0xFF)) > 48 || Math.abs(((p >> 8) & 0xFF) - ((q >> 8) & 0xFF)) > 48
                || Math.abs((p & 0xFF) - (q & 0xFF)) > 48;
    }

    /** The share of a picture's pixels near {@code rgb}, 0 to 1. */
    static double share(BufferedImage image, int rgb) {
        int near = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) < 40
                        && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) < 40
                        && Math.abs((p & 0xFF) - (rgb & 0xFF)) < 40) {
                    near++;
                }
            }
        }
        return near / (double) (image.getWidth() * image.getHeight());
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
