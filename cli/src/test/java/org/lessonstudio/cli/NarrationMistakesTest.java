package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A voice that cannot speak is a mistake in the lesson: placed, explained, exit 2, nothing written. */
class NarrationMistakesTest {

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLanguageTheEngineCannotSpeak(@TempDir Path folder) throws Exception {
        Path lesson = folder.resolve("klingon.lesson");
        Files.writeString(lesson, """
                lesson "Greetings"
                  language: tlh

                scene "One"
                  say "Hello there."
                """);
        Run render = Run.lesson("render", lesson.toString(), "--size", "160x90");
        assertEquals(2, render.exitCode());
        assertEquals(lesson + ":5:3: error: this sentence could not be spoken: espeak-ng has no voice `tlh` "
                + "(`espeak-ng --voices` lists the languages it speaks)\n"
                + " 5 |   say \"Hello there.\"\n"
                + "   |   ^^^^^^^^^^^^^^^^^^\n"
                + "   = hint: or render it without a voice, with captions only: lesson render --no-voice\n"
                + "1 error in this lesson.\n", render.err());
        assertEquals(List.of("klingon.lesson"), files(folder), "no video, captions or partial file");
        assertEquals(0, Run.lesson("render", lesson.toString(), "--size", "160x90", "--fps", "10", "--no-voice")
                .exitCode(), "captions only still renders");
    }

    @Test
    void aRecordingThatIsNotSound(@TempDir Path folder) throws Exception {
        Path lesson = folder.resolve("welcome.lesson");
        Files.writeString(folder.resolve("welcome.wav"), "this is not a sound file");
        Files.writeString(lesson, """
                lesson "Welcome"

                scene "One"
                  say "Welcome.", recording "welcome.wav"
                """);
        Run render = Run.lesson("render", lesson.toString(), "--size", "160x90");
        assertEquals(2, render.exitCode());
        String first = render.err().lines().findFirst().orElse("");
        assertEquals(lesson + ":4:29: error: the sound file `welcome.wav` cannot be played", first.substring(0, first.indexOf(": ",
                first.indexOf("error: ") + 7)));
        assertEquals(List.of("welcome.lesson", "welcome.wav"), files(folder));
    }
}
