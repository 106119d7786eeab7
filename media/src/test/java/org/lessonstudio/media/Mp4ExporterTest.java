package org.lessonstudio.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.renderer.Export;
import org.lessonstudio.renderer.ExportProgress;
import org.lessonstudio.renderer.Exporter;
import org.lessonstudio.renderer.Quality;
import org.lessonstudio.timeline.Timeline;

/** The MP4 a teacher gets plays everywhere, is as long as the lesson, and is never half-written. */
class Mp4ExporterTest {

    private static final String LESSON = """
            lesson "Short"
              video: 320x180, 30 fps

            scene "Circle"
              circle c: radius 1
              value t = 0
              point P: on c at angle t
              draw c over 1s
              show P
              animate t to pi over 1s
            """;

    private static Timeline timeline() {
        return Timeline.of(LessonCompiler.compile(SourceFile.of("short.lesson", LESSON)).lesson().orElseThrow());
    }

    @Test
    void theVideoIsH264HighYuv420pFastStartAndAsLongAsTheTimeline(@TempDir Path folder) throws Exception {
        Timeline timeline = timeline();
        Path video = folder.resolve("short.mp4");
        Export export = new Export(timeline, 320, 180, 30);
        export.run(new Mp4Exporter(video, Quality.DRAFT), ExportProgress.NONE);

        VideoProbe.Facts facts = VideoProbe.probe(video);
        assertEquals("h264", facts.codec());
        assertEquals(VideoProbe.H264_HIGH, facts.profile());
        assertEquals("yuv420p", facts.pixelFormat());
        assertEquals(320, facts.width());
        assertEquals(180, facts.height());
        assertEquals(30.0, facts.fps(), 1e-6);
        assertEquals(timeline.frameCount(30), facts.frames());
        assertEquals(timeline.duration(), facts.duration(), 1.0 / 30);
        assertTrue(facts.fastStart(), "the index must come before the media");
        Path ordinary = Files.createFile(folder.resolve("ordinary.txt"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(video),
                "the video is readable like any file the teacher makes");
        Files.delete(ordinary);
        assertEquals(1, count(folder), "nothing but the video is left in the folder");
    }

    @Test
    void aFailedRenderLeavesTheEarlierVideoUntouchedAndNoPartialFile(@TempDir Path folder) throws Exception {
        Path video = folder.resolve("short.mp4");
        Files.writeString(video, "an earlier good render");
        Export export = new Export(timeline(), 320, 180, 30);
        ExportProgress failHalfWay = (done, total) -> {
            if (done == total / 2) {
                throw new IllegalStateException("the disk is full");
            }
        };
        assertThrows(IllegalStateException.class,
                () -> export.run(new Mp4Exporter(video, Quality.DRAFT), failHalfWay));
        assertEquals("an earlier good render", Files.readString(video));
        assertEquals(1, count(folder), "the partial file is gone");
    }

    @Test
    void framesConvertedWhileDrawingDecodeToTheFramesTheRecorderConvertedItself(@TempDir Path folder)
            throws Exception {
        // an odd size for the codec (not a multiple of 16, rows not a multiple of 8 bytes)
        int width = 322;
        int height = 182;
        Path video = folder.resolve("converted-while-drawing.mp4");
        new Export(timeline(), width, height, 30).run(new Mp4Exporter(video, Quality.STANDARD), ExportProgress.NONE);
        Path reference = folder.resolve("converted-by-the-recorder.mp4");
        new Export(timeline(), width, height, 30).run(new RecorderConverts(reference), ExportProgress.NONE);

        List<byte[]> ours = decoded(video);
        List<byte[]> theirs = decoded(reference);
        assertEquals(timeline().frameCount(30), theirs.size());
        assertEquals(theirs.size(), ours.size());
        for (int i = 0; i < ours.size(); i++) {
            assertArrayEquals(theirs.get(i), ours.get(i), "frame " + i + " differs");
        }
    }

    @Test
    void upTo1080pX264KeepsItsPresetsLookAheadAndAbove1080pHoldsFewerFrames() {
        for (Quality quality : Quality.values()) {
            assertEquals(Mp4Exporter.presetLookahead(quality), Mp4Exporter.lookahead(1920, 1080, quality),
                    "1080p " + quality + " is encoded exactly as before");
            assertEquals(Mp4Exporter.presetLookahead(quality), Mp4Exporter.lookahead(1280, 720, quality));
        }
        assertEquals(12, Mp4Exporter.lookahead(3840, 2160, Quality.STANDARD), "4K: a quarter of the frames");
        assertEquals(12, Mp4Exporter.lookahead(3840, 2160, Quality.HIGH));
        assertEquals(10, Mp4Exporter.lookahead(3840, 2160, Quality.DRAFT));
        assertEquals(10, Mp4Exporter.lookahead(7680, 4320, Quality.STANDARD), "never below veryfast's own");
    }

    /** How frames were encoded before: BGR pixels copied into the recorder's frame, converted by it. */
    private static final class RecorderConverts implements Exporter {
        private final Path file;
        private FFmpegFrameRecorder recorder;
        private Frame frame;

        RecorderConverts(Path file) {
            this.file = file;
        }

        @Override
        public void start(int width, int height, int fps) throws IOException {
            recorder = Mp4Exporter.configured(file, width, height, fps, Quality.STANDARD, false, true);
            recorder.start();
            frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
        }

        @Override
        public void frame(BufferedImage image) throws IOException {
            byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            ByteBuffer buffer = (ByteBuffer) frame.image[0];
            int row = frame.imageWidth * 3;
            for (int y = 0; y < frame.imageHeight; y++) {
                buffer.position(y * frame.imageStride);
                buffer.put(pixels, y * row, row);
            }
            buffer.rewind();
            recorder.record(frame, avutil.AV_PIX_FMT_BGR24);
        }

        @Override
        public void finish() throws IOException {
            recorder.stop();
            recorder.release();
            frame.close();
        }

        @Override
        public void abort() {
        }
    }

    private static List<byte[]> decoded(Path video) throws IOException {
        List<byte[]> frames = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            for (Frame picture = grabber.grabImage(); picture != null; picture = grabber.grabImage()) {
                ByteBuffer pixels = ((ByteBuffer) picture.image[0]).duplicate();
                pixels.rewind();
                byte[] copy = new byte[pixels.remaining()];
                pixels.get(copy);
                frames.add(copy);
            }
            grabber.stop();
        }
        return frames;
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
