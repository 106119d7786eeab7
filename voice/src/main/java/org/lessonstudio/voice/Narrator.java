package org.lessonstudio.voice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lessonstudio.dsl.check.SpeechEstimate;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.VoiceSetting;

/**
 * Speaks every sentence of a lesson in one language. Each piece between bookmarks is spoken on
 * its own, so a bookmark's time is exact: it is where the sound of the pieces before it ends.
 * Problems (a missing engine, a voice that does not exist) are reported as diagnostics on the
 * sentence concerned.
 */
public final class Narrator {

    /** How long a recording lasts; WAV is read here, other formats by the media module. */
    @FunctionalInterface
    public interface RecordingLength {
        double seconds(Path file) throws IOException;
    }

    private final Map<String, SpeechEngine> engines;
    private final SpeechCache cache;
    private final RecordingLength recordings;

    public Narrator(Map<String, SpeechEngine> engines, SpeechCache cache, RecordingLength recordings) {
        this.engines = engines;
        this.cache = cache;
        this.recordings = recordings;
    }

    /** The engines this build knows, reading keys from the environment given. */
    public static Map<String, SpeechEngine> standardEngines(Map<String, String> environment) {
        return Map.of("espeak", new EspeakEngine(), "openai", new HttpSpeechEngine(environment));
    }

    public Narration narrate(Lesson lesson, String language, Diagnostics diagnostics) throws InterruptedException {
        VoiceSetting setting = lesson.voiceSetting();
        List<Action.Say> says = lesson.sentences();
        if (setting.engine().equals("none") || says.isEmpty()) {
            return Narration.silent(language);
        }
        SpeechEngine engine = engines.get(setting.engine());
        if (engine == null) {
            diagnostics.error(says.get(0).span(), "voice.engine-unknown", setting.engine(),
                    String.join(", ", engines.keySet().stream().sorted().toList()));
            return Narration.silent(language);
        }
        boolean ownLanguage = language.equals(lesson.language());
        // the engine is asked whether it works (for espeak-ng, a process started) only when a piece
        // must be spoken: a lesson whose speech is all in the cache starts without it
        Optional<String> problem = needsEngine(says, setting, engine, language, ownLanguage) ? engine.problem()
                : Optional.empty();
        if (problem.isPresent()) {
            diagnostics.error(says.get(0).span(), "voice.engine-missing", problem.get());
            return Narration.silent(language);
        }
        Map<Action.Say, Narration.Spoken> spoken = new IdentityHashMap<>();
        for (Action.Say say : says) {
            try {
                spoken.put(say, recordedHere(say, ownLanguage) ? recorded(say, language)
                        : synthesized(say, engine, voiceFor(say, setting, engine, language, ownLanguage), setting.rate(),
                        language));
            } catch (IOException e) {
                diagnostics.error(say.span(), "voice.failed", e.getMessage());
            }
        }
        return new Narration(language, spoken);
    }

    private static boolean recordedHere(Action.Say say, boolean ownLanguage) {
        return say.recording() != null && ownLanguage;
    }

    private boolean needsEngine(List<Action.Say> says, VoiceSetting setting, SpeechEngine engine, String language,
                                boolean ownLanguage) {
        for (Action.Say say : says) {
            if (recordedHere(say, ownLanguage)) {
                continue;
            }
            String voice = voiceFor(say, setting, engine, language, ownLanguage);
            for (String piece : say.pieces(language)) {
                String text = piece.strip();
                if (!text.isEmpty() && !cache.has(engine, voice, setting.rate(), text)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String voiceFor(Action.Say say, VoiceSetting setting, SpeechEngine engine, String language,
                                   boolean ownLanguage) {
        if (!ownLanguage) {
            return engine.defaultVoice(language);
        }
        if (say.voice() != null) {
            return say.voice();
        }
        return setting.voice().isEmpty() ? engine.defaultVoice(language) : setting.voice();
    }

    private Narration.Spoken synthesized(Action.Say say, SpeechEngine engine, String voice, double rate, String language)
            throws IOException, InterruptedException {
        List<String> pieces = say.pieces(language);
        List<Path> files = new ArrayList<>();
        double[] seconds = new double[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            String text = pieces.get(i).strip();
            if (text.isEmpty()) {
                files.add(null);
                continue;
            }
            Path file = cache.spoken(engine, voice, rate, text);
            files.add(file);
            seconds[i] = Wav.seconds(file);
        }
        return new Narration.Spoken(files, seconds);
    }

    /** A recorded sentence: its bookmarks are placed in proportion to the words before them. */
    private Narration.Spoken recorded(Action.Say say, String language) throws IOException {
        double total = recordings.seconds(say.recording());
        double[] estimate = SpeechEstimate.pieces(say.pieces(language));
        double sum = 0;
        for (double e : estimate) {
            sum += e;
        }
        double[] seconds = new double[estimate.length];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = total * estimate[i] / sum;
        }
        return new Narration.Spoken(List.of(say.recording()), seconds);
    }
}
