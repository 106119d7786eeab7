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

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
