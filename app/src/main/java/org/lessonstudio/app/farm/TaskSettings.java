package org.lessonstudio.app.farm;

import java.io.Serializable;
import java.nio.file.Path;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.renderer.Quality;

/**
 * {@link RenderSettings} as a task carries them to another machine: plain words and numbers, read
 * back through {@code RenderSettings}' own checks on arrival.
 *
 * @param size      {@code WxH}, or null for the lesson's
 * @param fps       frames per second, or null for the lesson's
 * @param quality   draft, standard or high
 * @param language  the language to render, or null for the lesson's own
 * @param voice     false for captions only
 * @param sources   any, offline or at_hand
 * @param budget    seconds of generated footage at most
 * @param templates the prompt templates' folder, or null
 */
public record TaskSettings(String size, Integer fps, String quality, String language, boolean voice, String sources,
                           double budget, String templates) implements Serializable {

    /** The settings as words; {@code sign} is not carried (a package's videos are never signed). */
    public static TaskSettings of(RenderSettings settings) {
        RenderSettings.Footage footage = settings.footage();
        return new TaskSettings(settings.size() == null ? null : settings.size().toString(), settings.fps(),
                settings.quality().name(), settings.speech().language(), settings.speech().voice(),
                footage.sources().name(), footage.budget(),
                footage.templates() == null ? null : footage.templates().toAbsolutePath().toString());
    }

    /** The settings again, checked as any others are. */
    public RenderSettings settings() {
        return new RenderSettings(size == null ? null : RenderSettings.size(size), fps, Quality.valueOf(quality),
                new RenderSettings.Speech(language, voice),
                new RenderSettings.Footage(RenderSettings.Sources.valueOf(sources), budget,
                        templates == null ? null : Path.of(templates)), false);
    }
}
