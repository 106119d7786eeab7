package org.lessonstudio.app;

import java.util.ArrayList;
import java.util.List;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.media.AudioFiles;
import org.lessonstudio.media.AudioMix;
import org.lessonstudio.timeline.CaptionEvent;
import org.lessonstudio.timeline.SceneExtras;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.voice.Narration;
import org.lessonstudio.voice.Narrator;
import org.lessonstudio.voice.SpeechCache;
import org.lessonstudio.voice.Wav;

/** A lesson's narration: spoken (cached) or silent, and the sound track mixed from it. */
public final class Voices {

    private Voices() {
    }

    /** Every sentence spoken in the language, problems reported into {@code diagnostics}; silent with {@code --no-voice}. */
    static Narration narrate(Lesson lesson, String language, boolean noVoice, Diagnostics diagnostics, Env env)
            throws InterruptedException {
        if (noVoice) {
            return Narration.silent(language);
        }
        Narrator narrator = new Narrator(Narrator.standardEngines(env.forStages()), new SpeechCache(env.speechCache()),
                file -> file.getFileName().toString().toLowerCase().endsWith(".wav") ? Wav.seconds(file)
                        : AudioFiles.seconds(file));
        return narrator.narrate(lesson, language, diagnostics);
    }

    /** The sound track: each spoken piece where the timeline put it, music under it; null when silent. */
    static AudioMix mix(Timeline timeline, Narration narration) {
        List<AudioMix.Cue> cues = new ArrayList<>();
        for (ScenePlan scene : timeline.scenes()) {
            for (CaptionEvent caption : scene.captions()) {
                Action.Say say = caption.say();
                narration.of(say).ifPresent(spoken -> {
                    double at = scene.start() + caption.start();
                    if (spoken.files().size() == 1 && spoken.seconds().length > 1) {
                        cues.add(new AudioMix.Cue(spoken.files().get(0), at, at + caption.speech(), false, 1));
                        return;
                    }
                    for (int i = 0; i < spoken.files().size(); i++) {
                        if (spoken.files().get(i) != null) {
                            cues.add(new AudioMix.Cue(spoken.files().get(i), at, at + spoken.seconds()[i], false, 1));
                        }
                        at += spoken.seconds()[i];
                    }
                });
            }
            for (SceneExtras.MusicCue music : scene.extras().music()) {
                cues.add(new AudioMix.Cue(music.file(), scene.start() + music.start(), scene.end(), true,
                        music.volume()));
            }
        }
        return cues.isEmpty() ? null : new AudioMix(cues, timeline.frameCount(timeline.lesson().video().fps())
                / (double) timeline.lesson().video().fps());
    }
}
