package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import java.nio.file.Path;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.timeline.Timeline;

/** Loading lessons for renderer tests. */
final class Frames {

    private Frames() {
    }

    /** A lesson written in the test itself. */
    static Timeline timeline(String text) {
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.of("test.lesson", text));
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
        return Timeline.of(result.lesson().get());
    }

    /** The colour of the pixel under a point of the scene, in a frame drawn at this size. */
    static int at(BufferedImage image, org.lessonstudio.timeline.frame.FrameState frame, double x, double y) {
        java.awt.geom.Point2D p = new Projection(frame.viewport(), image.getWidth(), image.getHeight())
                .worldToPixels().transform(new java.awt.geom.Point2D.Double(x, y), null);
        return image.getRGB((int) Math.round(p.getX()), (int) Math.round(p.getY()));
    }

    /** How many pixels of an image are far (more than 60 in some channel) from a colour. */
    static int pixelsUnlike(BufferedImage image, int rgb, int x0, int y0, int x1, int y1) {
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int p = image.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((p >> shift) & 0xFF) - ((rgb >> shift) & 0xFF)) > 60) {
                        count++;
                        break;
                    }
                }
            }
        }
        return count;
    }

    static Timeline timeline(Path path) throws IOException {
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.read(path));
        assertTrue(result.ok(), () -> DiagnosticPrinter.print(result.diagnostics()));
        return Timeline.of(result.lesson().get());
    }

    /**
     * The frame matches its reference within antialiasing noise (mean channel difference at most
     * 1.5, at most 0.5% of pixels far off). With {@code -Dgolden.update=true}, or when there is no
     * reference yet, writes it instead (and fails unless updating, so a new reference is looked at).
     */
    static void assertLooksLike(BufferedImage actual, File reference, String what) throws IOException {
        if (Boolean.getBoolean("golden.update") || !reference.exists()) {
            Files.createDirectories(reference.toPath().getParent());
            ImageIO.write(actual, "png", reference);
            assertTrue(Boolean.getBoolean("golden.update"), "no reference image yet; wrote " + reference
                    + ": look at it, then commit it");
        }
        BufferedImage expected = ImageIO.read(reference);
        assertEquals(expected.getWidth(), actual.getWidth(), what);
        assertEquals(expected.getHeight(), actual.getHeight(), what);
        long total = 0;
        int far = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                int worst = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int diff = Math.abs(((a >> shift) & 0xFF) - ((e >> shift) & 0xFF));
                    total += diff;
                    worst = Math.max(worst, diff);
                }
                if (worst > 64) {
                    far++;
                }
            }
        }
        double pixels = actual.getWidth() * actual.getHeight();
        double mean = total / (pixels * 3);
        String name = reference.getName();
        if (mean > 1.5 || far > pixels * 0.005) {
            Path out = Files.createDirectories(Path.of("target/golden-failures"));
            ImageIO.write(actual, "png", out.resolve(name).toFile());
        }
        assertTrue(mean <= 1.5, what + ": mean difference " + mean + " (see target/golden-failures/" + name + ")");
        assertTrue(far <= pixels * 0.005, what + ": " + far + " pixels differ a lot (see target/golden-failures/"
                + name + ")");
    }
}
