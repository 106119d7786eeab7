package org.lessonstudio.app.farm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.RenderJob;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.media.Mp4TextTracks;
import org.lessonstudio.renderer.Quality;

/**
 * {@code lesson render --split scenes}: a lesson rendered in scene segments and joined is the
 * lesson rendered whole, as a viewer sees it — the same frames (PSNR at least 45 dB each), the same
 * captions and chapters inside — and a segment cut short is found before anything is joined.
 */
class SplitRenderTest {

    static final Env ENV = Env.fromProcess()
            .with("LESSON_FOOTAGE_CACHE", Path.of("target/footage-cache").toAbsolutePath().toString())
            .with("XDG_STATE_HOME", Path.of("target/state").toAbsolutePath().toString());

    static final RenderSettings SETTINGS = RenderSettings.defaults().withSize(new RenderSettings.Size(320, 180))
            .withFps(15).withQuality(Quality.STANDARD).withSpeech(new RenderSettings.Speech(null, false));

    @TempDir
    static Path folder;
    static LessonSession session;

    @BeforeAll
    static void open() throws Exception {
        Path lesson = folder.resolve("three.lesson");
        Files.writeString(lesson, """
                lesson "Three scenes"
                  video: 320x180, 15 fps

                scene "A circle"
                  circle c: radius 2, color orange
                  say "First a circle."
                    draw c over 1.5s

                scene "A square"
                  square s: center (0, 0), side 3, color blue
                  say "Then a square that turns."
                    draw s over 1s
                    rotate s by 90deg over 1s

                scene "A line"
                  line l: from (-3, 0) to (3, 1)
                  say "And a line to finish."
                    draw l over 1s
                """);
        LessonSession.Opened opened = LessonSession.open(lesson, SETTINGS.speech(), ENV);
        if (!(opened instanceof LessonSession.Ready ready)) {
            throw new AssertionError(opened.said());
        }
        session = ready.session();
    }

    @Test
    void aLessonJoinedFromSceneSegmentsIsTheLessonRenderedWhole() throws Exception {
        Path whole = folder.resolve("whole.mp4");
        RenderJob.whole(session, SETTINGS, whole).run(new RenderJob.Listener() { });
        Path split = folder.resolve("split.mp4");
        try (RenderBackend two = new InProcessBackend(2, ENV)) {
            SplitRender.run(session, SETTINGS, split, two, new RenderJob.Listener() { });
        }
        assertEquals(3, SplitRender.scenes(session.timeline(), 15).size(), "one segment a scene");
        assertTrue(!Files.exists(SplitRender.segmentsFolder(split)), "the segments are gone once joined");

        List<BufferedImage> a = frames(whole);
        List<BufferedImage> b = frames(split);
        assertEquals(a.size(), b.size(), "the same number of frames");
        for (int i = 0; i < a.size(); i++) {
            double psnr = psnr(a.get(i), b.get(i));
            assertTrue(psnr >= 45, "frame " + i + " is within 45 dB of the whole render's: " + psnr);
        }
        Mp4TextTracks.Extras inWhole = Mp4TextTracks.read(whole);
        Mp4TextTracks.Extras inSplit = Mp4TextTracks.read(split);
        assertEquals(inWhole.captions(), inSplit.captions(), "the same captions inside");
        assertEquals(inWhole.chapters(), inSplit.chapters(), "the same chapters inside");
        assertEquals(3, inSplit.chapters().size());
        for (String beside : List.of(".vtt", ".srt", ".chapters.vtt")) {
            assertEquals(Files.readString(folder.resolve("whole" + beside)), Files.readString(folder.resolve("split"
                    + beside)), beside + " beside the video");
        }
    }

    @Test
    void aSegmentCutShortIsFoundBeforeJoining() throws Exception {
        int fps = 15;
        List<RenderTask.Frames> ranges = SplitRender.scenes(session.timeline(), fps);
        List<RenderJob.Segment> segments = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            Path segment = folder.resolve("cut-" + i + ".mp4");
            RenderJob.Rendered made = RenderJob.segment(session, SETTINGS, segment, ranges.get(i).first(),
                    ranges.get(i).count()).run(new RenderJob.Listener() { });
            assertEquals(ranges.get(i).count(), made.frames());
            segments.add(new RenderJob.Segment(segment, made.frames(), org.lessonstudio.app.FileHash.sha256(segment)));
        }
        Path middle = segments.get(1).file();
        try (RandomAccessFile file = new RandomAccessFile(middle.toFile(), "rw")) {
            file.setLength(file.length() * 2 / 3);
        }
        Path joined = folder.resolve("cut.mp4");
        Stopped stopped = org.junit.jupiter.api.Assertions.assertThrows(Stopped.class,
                () -> RenderJob.assemble(session, SETTINGS, joined, segments).run(new RenderJob.Listener() { }));
        assertTrue(stopped.lines().get(0).startsWith("segment 2 (" + middle + ") is not the file that was rendered"),
                stopped.lines().toString());
        assertTrue(!Files.exists(joined), "nothing was written");

        List<RenderJob.Segment> unhashed = segments.stream()
                .map(s -> new RenderJob.Segment(s.file(), s.frames(), null)).toList();
        stopped = org.junit.jupiter.api.Assertions.assertThrows(Stopped.class,
                () -> RenderJob.assemble(session, SETTINGS, joined, unhashed).run(new RenderJob.Listener() { }));
        assertTrue(stopped.lines().get(0).contains("frames instead of " + ranges.get(1).count()),
                "without a hash, the frame count finds it: " + stopped.lines());
    }

    static List<BufferedImage> frames(Path video) throws Exception {
        List<BufferedImage> frames = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile());
             Java2DFrameConverter converter = new Java2DFrameConverter()) {
            grabber.start();
            for (Frame frame = grabber.grabImage(); frame != null; frame = grabber.grabImage()) {
                BufferedImage image = converter.convert(frame);
                BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                copy.getGraphics().drawImage(image, 0, 0, null);
                frames.add(copy);
            }
            grabber.stop();
        }
        return frames;
    }

    static double psnr(BufferedImage a, BufferedImage b) {
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    double d = ((p >> shift) & 0xff) - ((q >> shift) & 0xff);
                    sum += d * d;
                }
            }
        }
        double mse = sum / (3.0 * a.getWidth() * a.getHeight());
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / mse);
    }
}
