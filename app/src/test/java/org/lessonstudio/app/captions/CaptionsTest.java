package org.lessonstudio.app.captions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.captions.DisplayWidth;

/**
 * The caption files carry the cues the picture shows: short lines, split where the sentence
 * pauses, never flashing by; a decimal is not a sentence's end (issue 11's review, item 9), and
 * Chinese lines are at most 42 columns (21 characters) broken between words.
 */
class CaptionsTest {

    private static Timeline timeline(String language, String sentence) {
        return Timeline.of(LessonCompiler.compile(SourceFile.of("c.lesson", """
                lesson "Captions"
                  language: %s

                scene "One"
                  say "%s"
                """.formatted(language, sentence))).lesson().orElseThrow());
    }

    @Test
    void longEnglishSentencesSplitAtClausesIntoTwoShortLines() {
        Timeline timeline = timeline("en", "Carry that height across to the right of the picture, and plot it"
                + " against the angle that the radius makes with the axis, one turn at a time.");
        List<Captions.Cue> cues = Captions.of(timeline);
        assertTrue(cues.size() >= 2);
        for (Captions.Cue cue : cues) {
            assertTrue(cue.lines().size() <= 2, cue.toString());
            cue.lines().forEach(line -> assertTrue(line.length() <= 42, line));
            assertTrue(cue.end() - cue.start() >= 1.0, "on screen at least a second");
        }
        assertEquals(timeline.frameAt(cues.get(1).start() + 0.01).caption(), String.join("\n", cues.get(1).lines()),
                "the picture shows the same cue as the files");
    }

    @Test
    void aDecimalIsNotTheEndOfASentence() {
        List<Captions.Cue> cues = Captions.of(timeline("en", "Pi is about 3.14159, and e is 2.718."));
        assertEquals(1, cues.size());
        assertEquals(List.of("Pi is about 3.14159, and e is 2.718."), cues.get(0).lines());
    }

    @Test
    void chineseBreaksBetweenWordsIntoLinesOfFortyTwoColumns() {
        String sentence = "把这个高度搬到右边，对着角度画出来，转满一整圈以后，我们就得到了一整条完整的正弦曲线。";
        StringBuilder all = new StringBuilder();
        for (Captions.Cue cue : Captions.of(timeline("zh", sentence))) {
            assertTrue(cue.lines().size() <= 2);
            for (String line : cue.lines()) {
                assertTrue(DisplayWidth.of(line) <= 42, line + " is at most 42 columns");
                assertTrue(!line.startsWith("，") && !line.contains(" "), line);
                all.append(line);
            }
        }
        assertEquals(sentence, all.toString(), "nothing lost or added");
    }
}
