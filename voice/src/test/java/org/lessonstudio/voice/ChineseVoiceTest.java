package org.lessonstudio.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.diag.DiagnosticPrinter;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * The Chinese flagship speaks Mandarin by default: every sentence, read by the voice it gets, is
 * Mandarin phonemes from start to end (espeak-ng's own {@code -x} output never switches language),
 * and the check has nothing to say about its voice.
 */
class ChineseVoiceTest {

    private static final Path FLAGSHIP = Path.of("../examples/sine-from-unit-circle.zh.lesson");

    @Test
    void everySentenceOfTheChineseFlagshipIsReadAsMandarin() throws Exception {
        Lesson lesson = LessonCompiler.compile(SourceFile.read(FLAGSHIP)).lesson().orElseThrow();
        EspeakEngine espeak = new EspeakEngine();
        String voice = espeak.defaultVoice(lesson.language());
        List<String> switched = new ArrayList<>();
        for (Action.Say say : lesson.sentences()) {
            String phonemes = espeak.phonemes(OwnScript.words(say.text("zh"), "zh"), voice);
            assertFalse(phonemes.isBlank());
            VoiceLanguages.switchedTo(phonemes).ifPresent(other -> switched.add(say.text("zh") + " → " + other));
        }
        assertEquals(List.of(), switched, "sentences the voice `" + voice + "` reads in another language");
        assertTrue(lesson.sentences().size() >= 10);

        Diagnostics diagnostics = new Diagnostics(lesson.source());
        VoiceLanguages.check(lesson, VoiceLanguages.espeak(), diagnostics);
        assertEquals("", DiagnosticPrinter.print(diagnostics.sorted()));
    }

    @Test
    void theOldDefaultIsCaughtReadingChineseAsEnglish() throws Exception {
        String phonemes = new EspeakEngine().phonemes("勾股定理", "cmn");
        assertEquals("en", VoiceLanguages.switchedTo(phonemes).orElse("none"), phonemes);
    }
}
