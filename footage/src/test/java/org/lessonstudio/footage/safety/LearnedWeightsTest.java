package org.lessonstudio.footage.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned layer: its shipped weights are what the labelled sets make, and its refusals say why. */
class LearnedWeightsTest {

    @Test
    void theShippedWeightsAreWhatTheLabelledSetsMake() throws Exception {
        String shipped = new String(LearnedWeights.class.getResourceAsStream(
                "/org/lessonstudio/footage/safety/" + LearnedWeights.FILE).readAllBytes(), StandardCharsets.UTF_8);
        String made = LeftOut.get().file;
        // a whole-file comparison, reported by the first line that differs
        String[] a = shipped.split("\n");
        String[] b = made.split("\n");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            assertEquals(b[i], a[i], "templates/safety/" + LearnedWeights.FILE + " line " + (i + 1)
                    + " is not what the labelled sets make; run LearnedWeightsGenerator with `write` from the repository root");
        }
        assertEquals(b.length, a.length, "lines in templates/safety/" + LearnedWeights.FILE);
    }

    @Test
    void aRefusalByTheLearnedLayerNamesTheCategoryTheWordsThatWeighedMostAndAWayToSayItOtherwise() throws Exception {
        SafetyCheck check = SafetyCheck.load(null);
        String text = "Adult man chatting to a 12 year old online and asking her to keep their chats secret";
        assertTrue(SafetyCheck.rulesOnly(null).check(text, Level.STANDARD).allowed(), "no rule refuses it");
        Verdict verdict = check.check(text, Level.STANDARD);
        assertFalse(verdict.allowed(), text);
        Refusal refusal = verdict.refusals().get(0);
        assertEquals("sexualised-minors", refusal.category().name());
        assertEquals(SafetyCheck.LEARNED, refusal.rule());
        assertFalse(refusal.words().isEmpty());
        refusal.words().forEach(w -> assertTrue(text.contains(w), w + " is quoted as written"));
        assertTrue(refusal.rephrase().contains("fully dressed"), refusal.rephrase());
    }

    @Test
    void whereTheRulesExcuseWordsByTheirContextTheLearnedLayerDoesNotRefuseInThatCategory() throws Exception {
        SafetyCheck check = SafetyCheck.load(null);
        assertTrue(check.check("Soldiers shooting at targets on a range", Level.STRICT).allowed());
    }

    @Test
    void aSchoolsAllowedPhrasesCountForNothingInTheLearnedLayerToo(@TempDir Path school) throws Exception {
        String text = "Adult man chatting to a 12 year old online and asking her to keep their chats secret";
        Files.writeString(school.resolve("concepts-en.txt"), "allow: 12 year old\n");
        assertTrue(SafetyCheck.load(school).check(text, Level.STANDARD).allowed(), "with the school's allowed phrase");
        assertFalse(SafetyCheck.load(null).check(text, Level.STANDARD).allowed(), "without");
    }
}
