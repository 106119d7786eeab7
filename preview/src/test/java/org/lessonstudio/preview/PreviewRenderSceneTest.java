package org.lessonstudio.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lessonstudio.app.Env;
import org.lessonstudio.media.ClipReader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The preview's "Render scene" makes the scene's video the way `lesson render` makes a lesson's: with
 * the footage the window shows (here the teacher's own picture from the lesson's clips folder, not
 * footage drawn from the words) and with the lesson's voice.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewRenderSceneTest {

    static final Env ENV = PreviewWindowTest.ENV;
    private static final int MAGENTA = 0xFF00FF;

    private Path folder;
    private PreviewWindow window;
    private final CompletableFuture<Path> played = new CompletableFuture<>();

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("preview-scene");
        Path lesson = folder.resolve("sine.lesson");
        Files.writeString(lesson, Files.readString(Path.of("../examples/sine-from-unit-circle.lesson"))
                .replace("video: 1920x1080, 30 fps", "video: 320x180, 15 fps"));
        Path clips = Files.createDirectories(folder.resolve("clips"));
        BufferedImage picture = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 180; y++) {
            for (int x = 0; x < 320; x++) {
                picture.setRGB(x, y, MAGENTA);
            }
        }
        ImageIO.write(picture, "png", clips.resolve("wheel.png").toFile());
        Files.writeString(clips.resolve("wheel.txt"), "Ferris wheel at dusk, filmed from the ground");
        window = PreviewApp.open(stage, lesson, Preferences.userRoot().node("lesson-studio-tests"), ENV);
        window.playRenderedWith(played::complete);
        stage.show();
    }

    @Test
    void theScenesVideoHasTheFootageTheWindowShowsAndTheLessonsVoice(FxRobot robot) throws Exception {
        robot.clickOn("Render scene");
        Path video = played.get(180, TimeUnit.SECONDS);
        assertEquals(folder.resolve("sine-scene-1.mp4"), video);

        BufferedImage during;
        try (ClipReader reader = ClipReader.open(video)) {
            during = reader.frameAt(2.0);
        }
        int magenta = 0;
        for (int y = 0; y < during.getHeight(); y++) {
            for (int x = 0; x < during.getWidth(); x++) {
                int rgb = during.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) > 200 && ((rgb >> 8) & 0xFF) < 60 && (rgb & 0xFF) > 200) {
                    magenta++;
                }
            }
        }
        assertTrue(magenta > during.getWidth() * during.getHeight() / 3,
                "the teacher's picture fills the shot: " + magenta + " magenta pixels");

        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            assertEquals("aac", grabber.getAudioCodecName(), "the scene has a sound track");
            double loudest = 0;
            long samples = 0;
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                if (frame.samples[0] instanceof java.nio.FloatBuffer floats) {
                    for (int i = floats.position(); i < floats.limit(); i++) {
                        loudest = Math.max(loudest, Math.abs(floats.get(i)));
                    }
                    samples += floats.remaining();
                } else if (frame.samples[0] instanceof ShortBuffer shorts) {
                    for (int i = shorts.position(); i < shorts.limit(); i++) {
                        loudest = Math.max(loudest, Math.abs(shorts.get(i)) / 32768.0);
                    }
                    samples += shorts.remaining();
                }
            }
            assertTrue(samples > 0, "sound is there");
            assertTrue(loudest > 0.05, "the narration is heard, not silence: peak " + loudest);
        }
    }
}
