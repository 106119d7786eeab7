package org.lessonstudio.voice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.VoiceSetting;

/**
 * Whether each voice of a lesson speaks the language it is given. espeak-ng, asked for a voice
 * whose dictionary lacks a script's words, quietly reads them with another language's rules
 * (Debian 12's {@code cmn} reads Chinese characters as English letters' names); its phoneme
 * output shows this as a switch, {@code (en)…}. For every language the lesson speaks, a sample of
 * its own sentences (their words in the language's own script) is read as phonemes by the voice
 * that will speak them; the first sentence read in another language is a warning naming a voice
 * that does speak it.
 */
public final class VoiceLanguages {

    /** How many sentences of each voice are read: enough to catch a voice that falls back, quick at check. */
    static final int SAMPLE = 6;
    private static final Pattern SWITCH = Pattern.compile("\\(([a-z][a-z0-9-]*)\\)");

    /** Reads a text as phonemes in a voice; {@code espeak-ng -q -x}. */
    public interface Phonemes {
        String of(String text, String voice) throws IOException, InterruptedException;

        /** Other voices to try, most fitting first. */
        List<String> voicesFor(String language) throws IOException, InterruptedException;
    }

    private VoiceLanguages() {
    }

    /** espeak-ng on this machine. */
    public static Phonemes espeak() {
        EspeakEngine engine = new EspeakEngine();
        return new Phonemes() {
            @Override
            public String of(String text, String voice) throws IOException, InterruptedException {
                return engine.phonemes(text, voice);
            }

            @Override
            public List<String> voicesFor(String language) throws IOException, InterruptedException {
                return engine.voicesFor(language);
            }
        };
    }

    /**
     * Warns, once per voice and language, about a voice that reads the lesson's own words in
     * another language. Lessons spoken by another engine, or not at all, are not read.
     */
    public static void check(Lesson lesson, Phonemes phonemes, Diagnostics diagnostics) throws InterruptedException {
        VoiceSetting setting = lesson.voiceSetting();
        if (!setting.engine().equals("espeak")) {
            return;
        }
        EspeakEngine espeak = new EspeakEngine();
        for (String language : lesson.languages()) {
            boolean own = language.equals(lesson.language());
            Map<String, List<Action.Say>> byVoice = new LinkedHashMap<>();
            for (Action.Say say : lesson.sentences()) {
                if (say.recording() != null && own || say.text(language).isBlank()) {
                    continue;
                }
                byVoice.computeIfAbsent(Narrator.voiceFor(say, setting, espeak, language, own), v -> new ArrayList<>())
                        .add(say);
            }
            for (var entry : byVoice.entrySet()) {
                checkVoice(entry.getKey(), language, entry.getValue(), phonemes, diagnostics);
            }
        }
    }

    private static void checkVoice(String voice, String language, List<Action.Say> says, Phonemes phonemes,
                                   Diagnostics diagnostics) throws InterruptedException {
        List<Action.Say> sample = says.subList(0, Math.min(SAMPLE, says.size()));
        for (Action.Say say : sample) {
            String words = OwnScript.words(say.text(language), language);
            if (words.isBlank()) {
                continue;
            }
            Optional<String> other;
            try {
                other = switchedTo(phonemes.of(words, voice));
            } catch (IOException e) {
                return; // a voice that does not exist is reported when the lesson is spoken
            }
            if (other.isPresent()) {
                Optional<String> working = working(voice, language, sample, phonemes);
                if (working.isPresent()) {
                    diagnostics.warning(say.span(), "voice.falls-back", voice, language, other.get(), working.get());
                } else {
                    diagnostics.warning(say.span(), "voice.falls-back-only", voice, language, other.get());
                }
                return;
            }
        }
    }

    /** The language a phoneme reading switches to, if it switches at all. */
    public static Optional<String> switchedTo(String phonemes) {
        Matcher m = SWITCH.matcher(phonemes);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first voice for the language that reads every sentence of the sample without switching. */
    private static Optional<String> working(String failing, String language, List<Action.Say> sample,
                                            Phonemes phonemes) throws InterruptedException {
        List<String> candidates = new ArrayList<>();
        candidates.add(new EspeakEngine().defaultVoice(language));
        try {
            candidates.addAll(phonemes.voicesFor(language));
        } catch (IOException e) {
            // only the default is tried
        }
        for (String candidate : candidates.stream().distinct().filter(v -> !v.equals(failing)).toList()) {
            if (readsAll(candidate, language, sample, phonemes)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean readsAll(String voice, String language, List<Action.Say> sample, Phonemes phonemes)
            throws InterruptedException {
        for (Action.Say say : sample) {
            String words = OwnScript.words(say.text(language), language);
            try {
                if (!words.isBlank() && switchedTo(phonemes.of(words, voice)).isPresent()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
