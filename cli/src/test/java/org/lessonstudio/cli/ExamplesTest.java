package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.media.VideoProbe;

/**
 * Every lesson shipped in examples/ checks without a mistake, renders to a (tiny, few-frame) video
 * and gives a still, so none of them can rot.
 */
class ExamplesTest {

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> everyExampleChecksRendersAndGivesAStill() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            return files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        Run check = Run.lesson("check", p.toString());
                        assertEquals("", check.err());
                        assertEquals(0, check.exitCode());
                        String stem = p.getFileName().toString().replace(".lesson", "");
                        Path video = out.resolve(stem + ".mp4");
                        Run render = Run.lesson("render", p.toString(), "-o", video.toString(), "--size", "160x90",
                                "--fps", "4", "--quality", "draft");
                        assertEquals(0, render.exitCode(), render.err());
                        assertTrue(VideoProbe.probe(video).frames() > 0);
                        Path still = out.resolve(stem + ".png");
                        Run shot = Run.lesson("still", p.toString(), "--at", "1", "--size", "160x90", "-o",
                                still.toString());
                        assertEquals(0, shot.exitCode(), shot.err());
                        assertTrue(Files.size(still) > 0);
                    }));
        }
    }
}
