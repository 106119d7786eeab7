package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two halves of a split render as commands another farm can run: {@code render-segment} per
 * scene, then {@code assemble}, give the lesson's video; a segment cut short is refused.
 */
class SplitCommandsTest {

    @Test
    void segmentsRenderedOneByOneAreJoinedAndACutSegmentIsRefused(@TempDir Path folder) throws Exception {
        Path lesson = folder.resolve("two.lesson");
        Files.writeString(lesson, """
                lesson "Two scenes"
                  video: 160x90, 10 fps

                scene "One"
                  circle c: radius 2
                  say "A circle."
                    draw c over 1s

                scene "Two"
                  circle d: radius 1, color orange
                  say "A smaller one."
                    draw d over 1s
                """);
        String[] common = {"--no-voice", "--offline"};
        for (int scene = 1; scene <= 2; scene++) {
            Run made = Run.lesson("render-segment", lesson.toString(), "--scene", String.valueOf(scene), "-o",
                    folder.resolve("part" + scene + ".mp4").toString(), common[0], common[1]);
            assertEquals(0, made.exitCode(), made.err());
            assertTrue(Files.isRegularFile(folder.resolve("part" + scene + ".mp4.segment")), made.out());
        }
        Run whole = Run.lesson("render", lesson.toString(), "-o", folder.resolve("whole.mp4").toString(),
                common[0], common[1]);
        Run joined = Run.lesson("assemble", lesson.toString(), folder.resolve("part1.mp4").toString(),
                folder.resolve("part2.mp4").toString(), "-o", folder.resolve("joined.mp4").toString(), common[0]);
        assertEquals(0, joined.exitCode(), joined.err());
        String frames = whole.out().replaceAll("(?s).*, (\\d+) frames\\).*", "$1");
        assertTrue(joined.out().contains(", " + frames + " frames from 2 segments)"), whole.out() + joined.out());
        assertTrue(Files.isRegularFile(folder.resolve("joined.vtt")), "captions beside the joined video");

        try (RandomAccessFile file = new RandomAccessFile(folder.resolve("part2.mp4").toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        Path again = folder.resolve("again.mp4");
        Run cut = Run.lesson("assemble", lesson.toString(), folder.resolve("part1.mp4").toString(),
                folder.resolve("part2.mp4").toString(), "-o", again.toString(), common[0]);
        assertEquals(1, cut.exitCode());
        assertTrue(cut.err().contains("segment 2 (" + folder.resolve("part2.mp4")
                + ") is not the file that was rendered"), cut.err());
        assertFalse(Files.exists(again), "nothing was written");
    }
}
