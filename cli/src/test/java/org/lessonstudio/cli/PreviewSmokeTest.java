package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.lessonstudio.cli.LessonCommand;

/**
 * The real preview window (GTK, not Monocle) on an X server: `lesson preview --screenshot` under
 * xvfb-run must show the flagship's frame. CI installs xvfb; on a machine without it, this skips.
 */
class PreviewSmokeTest {

    private static final int ORANGE = org.lessonstudio.renderer.Palette.of(org.lessonstudio.dsl.model.Theme.CHALKBOARD)
            .color(org.lessonstudio.dsl.model.ColorName.ORANGE).getRGB() & 0xFFFFFF;
    private static final int BOARD = org.lessonstudio.renderer.Palette.of(org.lessonstudio.dsl.model.Theme.CHALKBOARD)
            .background().getRGB() & 0xFFFFFF;

    @Test
    void theRealWindowShowsTheFlagshipUnderXvfb() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xvfb-run")), "xvfb-run is not installed");
        Path shot = Path.of("target/preview-smoke.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", java,
                "-Djava.awt.headless=true", "-Djava.util.prefs.userRoot=target/prefs", "-cp",
                System.getProperty("java.class.path"), LessonCommand.class.getName(), "preview",
                "../examples/sine-from-unit-circle.lesson", "--at", "45", "--screenshot", shot.toString())
                .redirectErrorStream(true).start();
        boolean done = process.waitFor(90, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes());
        if (!done) {
            process.destroyForcibly();
        }
        assertTrue(done, "the preview did not close after its screenshot:\n" + output);
        assertEquals(0, process.exitValue(), output);

        BufferedImage image = ImageIO.read(shot.toFile());
        assertTrue(image.getWidth() >= 800, "the window is " + image.getWidth() + " wide");
        int board = 0;
        int orange = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                if (near(rgb, BOARD)) {
                    board++;
                }
                if (near(rgb, ORANGE)) {
                    orange++;
                }
            }
        }
        double pixels = image.getWidth() * (double) image.getHeight();
        // the lesson's text sits beside the picture (about two fifths of the space right of the scene
        // list), so the chalkboard is about a fifth of the whole window
        assertTrue(board > pixels * 0.17, "the chalkboard fills much of the picture's side: " + board / pixels);
        assertTrue(orange > 20, "the orange point P is on screen: " + orange + " pixels");
    }

    private static boolean near(int a, int b) {
        return Math.abs((a >> 16) - (b >> 16)) < 12 && Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)) < 12
                && Math.abs((a & 0xFF) - (b & 0xFF)) < 12;
    }
}
