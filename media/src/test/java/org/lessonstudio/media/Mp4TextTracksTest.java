package org.lessonstudio.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.renderer.Export;
import org.lessonstudio.renderer.ExportProgress;
import org.lessonstudio.renderer.Quality;
import org.lessonstudio.timeline.Timeline;

/** A player finds the captions and the chapters inside the video, in the lesson's language. */
class Mp4TextTracksTest {

    private static final String LESSON = """
            lesson "Short"
              video: 160x90, 10 fps

            scene "Circle"
              circle c: radius 1
              draw c over 2s
            """;

    @Test
    void captionsAndChaptersTravelInsideTheMp4(@TempDir Path folder) throws Exception {
        Timeline timeline = Timeline.of(LessonCompiler.compile(SourceFile.of("short.lesson", LESSON)).lesson()
                .orElseThrow());
        Path video = folder.resolve("short.mp4");
        List<Mp4TextTracks.Timed> captions = List.of(
                new Mp4TextTracks.Timed(0.2, 0.9, "Here is a circle."),
                new Mp4TextTracks.Timed(1.1, 1.5, "单位圆\nthe unit circle"),
                // 3GPP timed text is plain text: no markup to escape, the words are carried as they are
                new Mp4TextTracks.Timed(1.5, 1.9, "when x < 3 and y > 1, A & B\nx --> 0"));
        List<Mp4TextTracks.Timed> chapters = List.of(
                new Mp4TextTracks.Timed(0, 1, "Opening"),
                new Mp4TextTracks.Timed(1, 2, "正弦 & x < 3"));
        Mp4Exporter exporter = new Mp4Exporter(video, Quality.DRAFT);
        exporter.text(new Mp4TextTracks.Extras(captions, "zh", chapters));
        new Export(timeline, 160, 90, 10).run(exporter, ExportProgress.NONE);

        Mp4TextTracks.Extras found = Mp4TextTracks.read(video);
        assertEquals(captions, found.captions());
        assertEquals("zho", found.language());
        assertEquals(List.of("video zho", "subtitle zho", "data zho"), Mp4TextTracks.trackLanguages(video),
                "every track, the chapters' too, in the lesson's language");
        assertEquals(chapters, found.chapters());
        VideoProbe.Facts facts = VideoProbe.probe(video);
        assertEquals(timeline.frameCount(10), facts.frames(), "the pictures are copied whole");
        assertTrue(facts.fastStart(), "the index still comes first");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(video), files.toList(), "no partial file is left behind");
        }
    }
}
