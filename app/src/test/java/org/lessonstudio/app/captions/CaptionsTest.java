package org.lessonstudio.app.captions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Caption cues a viewer can read: short lines, split where the sentence pauses, never flashing by. */
class CaptionsTest {

    @Test
    void longEnglishSentencesSplitAtClausesIntoTwoShortLines() {
        List<Captions.Cue> cues = Captions.split("Carry that height across to the right of the picture, and plot it"
                + " against the angle that the radius makes with the axis, one turn at a time.", 10, 20);
        assertTrue(cues.size() >= 2);
        for (Captions.Cue cue : cues) {
            assertTrue(cue.lines().size() <= 2, cue.toString());
            cue.lines().forEach(line -> assertTrue(line.length() <= 50, line));
            assertTrue(cue.end() - cue.start() >= 1.0, "on screen at least a second");
        }
        assertEquals(10, cues.get(0).start(), 1e-9);
        assertEquals(20, cues.get(cues.size() - 1).end(), 1e-9);
    }

    @Test
    void chineseBreaksBetweenCharactersIntoLinesOfEighteen() {
        String sentence = "把这个高度搬到右边，对着角度画出来，转满一整圈以后，我们就得到了一整条完整的正弦曲线。";
        List<Captions.Cue> cues = Captions.split(sentence, 0, 12);
        StringBuilder all = new StringBuilder();
        for (Captions.Cue cue : cues) {
            assertTrue(cue.lines().size() <= 2);
            for (String line : cue.lines()) {
                assertTrue(line.length() <= Captions.CJK_LINE, line + " is at most 18 characters");
                assertTrue(!line.contains(" "));
                all.append(line);
            }
        }
        assertEquals(sentence, all.toString(), "nothing lost or added");
    }
}
