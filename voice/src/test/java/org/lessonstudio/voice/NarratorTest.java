package org.lessonstudio.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.source.SourceFile;

/** Each sentence is spoken once, piece by piece between its bookmarks, and then comes from the cache. */
class NarratorTest {

    /** An engine that speaks a tenth of a second per character and remembers what it was asked. */
    private static final class CountingEngine implements SpeechEngine {
        final List<String> spoken = new ArrayList<>();
        Optional<String> problem = Optional.empty();
        int askedForProblems;

        @Override
        public String name() {
            return "espeak";
        }

        @Override
        public Optional<String> problem() {
            askedForProblems++;
            return problem;
        }

        @Override
        public void speak(String text, String voice, double rate, Path out) throws IOException {
            spoken.add(voice + (rate == 1 ? "" : " at " + rate) + ": " + text);
            Files.write(out, TestWav.silence(text.length() / 10.0));
        }

        @Override
        public String defaultVoice(String language) {
            return language;
        }
    }

    private static final String SOURCE = """
            lesson "Turning"
              language: en

            scene "One"
              value t = 0
              say "Now we {turn} the angle."
                at turn: animate t to pi over 1s
              say "Done.", voice en-gb
            """;

    private static final SourceFile FILE = SourceFile.of("turning.lesson", SOURCE);

    private static Lesson lesson() {
        return LessonCompiler.compile(FILE).lesson().orElseThrow();
    }

    @Test
    void piecesAreSpokenSeparatelyAndTimedFromTheirAudio(@TempDir Path cache) throws Exception {
        CountingEngine engine = new CountingEngine();
        Narrator narrator = new Narrator(Map.of("espeak", engine), new SpeechCache(cache), file -> 0);
        Diagnostics diagnostics = new Diagnostics(FILE);
        Lesson lesson = lesson();
        Narration narration = narrator.narrate(lesson, "en", diagnostics);

        assertEquals("", DiagnosticPrinter.print(diagnostics.sorted()));
        assertEquals(List.of("en: Now we", "en: turn the angle.", "en-gb: Done."), engine.spoken);
        Action.Say first = (Action.Say) lesson.scenes().get(0).actions().get(0);
        double[] seconds = narration.of(first).orElseThrow().seconds();
        assertEquals(0.6, seconds[0], 1e-3, "\"Now we\" is six characters");
        assertEquals(1.5, seconds[1], 1e-3, "\"turn the angle.\" is fifteen");
    }

    @Test
    void aSecondRenderSpeaksNothingAgain(@TempDir Path cache) throws Exception {
        CountingEngine first = new CountingEngine();
        new Narrator(Map.of("espeak", first), new SpeechCache(cache), file -> 0)
                .narrate(lesson(), "en", new Diagnostics(FILE));
        CountingEngine second = new CountingEngine();
        new Narrator(Map.of("espeak", second), new SpeechCache(cache), file -> 0)
                .narrate(lesson(), "en", new Diagnostics(FILE));
        assertEquals(3, first.spoken.size());
        assertEquals(List.of(), second.spoken, "every piece comes from the cache");
        assertEquals(0, second.askedForProblems, "with every piece cached, the engine is not even started");
    }

    @Test
    void oneChangedPieceStillAsksWhetherTheEngineWorks(@TempDir Path cache) throws Exception {
        new Narrator(Map.of("espeak", new CountingEngine()), new SpeechCache(cache), file -> 0)
                .narrate(lesson(), "en", new Diagnostics(FILE));
        String edited = SOURCE.replace("Done.", "Done now.");
        SourceFile file = SourceFile.of("turning.lesson", edited);
        CountingEngine missing = new CountingEngine();
        missing.problem = Optional.of("espeak-ng is not installed");
        Diagnostics diagnostics = new Diagnostics(file);
        new Narrator(Map.of("espeak", missing), new SpeechCache(cache), f -> 0)
                .narrate(LessonCompiler.compile(file).lesson().orElseThrow(), "en", diagnostics);
        assertEquals(1, missing.askedForProblems);
        assertTrue(DiagnosticPrinter.print(diagnostics.sorted()).contains("espeak-ng is not installed"));
    }

    @Test
    void aMissingEngineIsAPositionedMistakeWithTheInstallLine(@TempDir Path cache) throws Exception {
        CountingEngine engine = new CountingEngine();
        engine.problem = Optional.of("espeak-ng is not installed; on Debian or Ubuntu: sudo apt-get install espeak-ng");
        Diagnostics diagnostics = new Diagnostics(FILE);
        Lesson lesson = lesson();
        Narration narration = new Narrator(Map.of("espeak", engine), new SpeechCache(cache), file -> 0)
                .narrate(lesson, "en", diagnostics);
        String printed = DiagnosticPrinter.print(diagnostics.sorted());
        assertTrue(printed.contains("turning.lesson:6:3"), printed);
        assertTrue(printed.contains("this lesson cannot be spoken: espeak-ng is not installed"), printed);
        assertTrue(printed.contains("lesson render --no-voice"), printed);
        assertTrue(engine.spoken.isEmpty());
        assertTrue(narration.of((Action.Say) lesson.scenes().get(0).actions().get(0)).isEmpty());
    }
}
