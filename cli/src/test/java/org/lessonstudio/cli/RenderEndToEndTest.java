package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.media.VideoProbe;

/**
 * The whole pipeline from the flagship's text to an MP4, read back with JavaCV: small frames and
 * draft quality keep it quick, every frame of the 82-second lesson is still rendered and encoded.
 */
class RenderEndToEndTest {

    @Test
    void theFlagshipRendersToAPlayableVideoAsLongAsItsTimeline(@TempDir Path folder) throws Exception {
        Path video = folder.resolve("sine.mp4");
        Run run = Run.lesson("render", CommandsTest.FLAGSHIP.toString(), "-o", video.toString(), "--size", "320x180",
                "--fps", "30", "--quality", "draft", "--no-voice");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Wrote " + video + " (320x180, 30 fps, 1:22.3, 2469 frames) in "), run.out());
        for (String beside : new String[] {"sine.vtt", "sine.srt", "sine.chapters.vtt", "sine.transcript.md",
            "sine.transcript.html"}) {
            assertTrue(java.nio.file.Files.exists(folder.resolve(beside)), beside + " is written beside the video");
        }
        VideoProbe.Facts facts = VideoProbe.probe(video);
        assertEquals("h264", facts.codec());
        assertEquals(VideoProbe.H264_HIGH, facts.profile());
        assertEquals("yuv420p", facts.pixelFormat());
        assertEquals(320, facts.width());
        assertEquals(180, facts.height());
        assertEquals(30.0, facts.fps(), 1e-6);
        assertEquals(2469, facts.frames());
        assertEquals(82.3, facts.duration(), 1.0 / 30);
        assertTrue(facts.fastStart());
    }
}
