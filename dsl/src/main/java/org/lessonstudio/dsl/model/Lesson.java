package org.lessonstudio.dsl.model;

import java.util.List;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * A lesson that has passed every check: names resolved, types and units right, durations known.
 * This is the only form of a lesson later stages see. {@code safety} is how strictly footage
 * descriptions are checked before any video service sees them: {@code strict} (the default) or
 * {@code standard}. {@code footage} is where footage comes from and whether generated footage is
 * labelled. {@code background} is the colour behind every scene, or null for the theme's own.
 * {@code captions} is where the captions go: a text track (the default), drawn into the picture,
 * or both.
 */
public record Lesson(String title, String audience, String language, String voice, String safety,
                     FootageSettings footage, VideoFormat video, Theme theme, ColorName background,
                     CaptionMode captions, List<Scene> scenes, SourceFile source) {

    public Lesson {
        scenes = List.copyOf(scenes);
    }

    public Lesson(String title, String audience, String language, String voice, String safety,
                  FootageSettings footage, VideoFormat video, Theme theme, List<Scene> scenes, SourceFile source) {
        this(title, audience, language, voice, safety, footage, video, theme, null, CaptionMode.CLOSED, scenes, source);
    }

    /** The languages the lesson speaks: its own first, then those its sentences are translated into. */
    public java.util.Set<String> languages() {
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        all.add(language);
        for (Action.Say say : sentences()) {
            all.addAll(say.lines().keySet());
        }
        return all;
    }

    /** The {@code voice:} setting read: engine, voice and speaking rate. */
    public VoiceSetting voiceSetting() {
        return VoiceSetting.of(voice);
    }

    /** Every sentence of narration ({@code say}), in the order written, those nested in others' actions included. */
    public List<Action.Say> sentences() {
        return scenes.stream().flatMap(scene -> scene.everyAction().stream())
                .filter(Action.Say.class::isInstance).map(Action.Say.class::cast).toList();
    }
}
