package org.lessonstudio.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.timeline.Timeline;

/** {@code voice: …, rate 0.6} slows espeak-ng down, and the timeline gives the sentences the time they take. */
class SpeakingRateTest {

    private static Lesson lesson(String voice) {
        SourceFile file = SourceFile.of("rate.lesson", """
                lesson "Pace"
                  voice: %s

                scene "One"
                  say "The height of the point is the sine of the angle."
                """.formatted(voice));
        return LessonCompiler.compile(file).lesson().orElseThrow();
    }

    private static double spokenSeconds(Lesson lesson, Path cache) throws Exception {
        Diagnostics diagnostics = new Diagnostics(lesson.source());
        Narration narration = new Narrator(Map.of("espeak", new EspeakEngine()), new SpeechCache(cache), f -> 0)
                .narrate(lesson, "en", diagnostics);
        assertEquals("", DiagnosticPrinter.print(diagnostics.sorted()));
        return narration.of(lesson.sentences().get(0)).orElseThrow().seconds()[0];
    }

    @Test
    void aSlowerRateSpeaksLongerAndTheTimelineWaitsForIt(@TempDir Path cache) throws Exception {
        Lesson normal = lesson("en-us");
        Lesson slow = lesson("en-us, rate 0.6");
        double atOwnPace = spokenSeconds(normal, cache);
        double slowly = spokenSeconds(slow, cache);
        assertTrue(slowly > atOwnPace * 1.4, atOwnPace + " s at espeak-ng's pace, " + slowly + " s at rate 0.6");

        Action.Say say = slow.sentences().get(0);
        double estimatedNormal = Timeline.of(normal).scenes().get(0).captions().get(0).speech();
        double estimatedSlow = Timeline.of(slow).scenes().get(0).captions().get(0).speech();
        assertEquals(estimatedNormal / 0.6, estimatedSlow, 1e-9, "an estimate before speaking is slowed as well");
        assertTrue(say.text("en").startsWith("The height"));
    }
}
