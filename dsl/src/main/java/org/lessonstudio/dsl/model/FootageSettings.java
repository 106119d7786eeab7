package org.lessonstudio.dsl.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a lesson's footage comes from.
 *
 * @param providers the providers to try, in order, from {@code footage: library, procedural}; each
 *                  shot falls back along this list when one cannot give it
 * @param clips     the folder of the teacher's own clips, relative to the lesson ({@code clips: "clips"})
 * @param watermark whether generated footage carries its "AI-generated footage" label while on
 *                  screen; only {@code watermark: off} turns it off, and provenance records that
 * @param folder    that folder's real path, checked to be inside the lesson's folder (links
 *                  followed), which is what the library reads; null when there is no such folder,
 *                  or it leads outside (a mistake when the lesson names it or has footage)
 */
public record FootageSettings(List<String> providers, String clips, boolean watermark, Path folder) {

    /** Every provider there is: two that work offline, two video-generation services. */
    public static final List<String> PROVIDERS = List.of("library", "procedural", "runway", "veo");

    /** The teacher's own clips first, then footage drawn from the words; no paid service unless named. */
    public static final FootageSettings DEFAULT = new FootageSettings(List.of("library", "procedural"), "clips", true,
            null);

    public FootageSettings {
        providers = List.copyOf(providers);
    }

    /** The same settings, with the clips folder found. */
    public FootageSettings in(Path found) {
        return new FootageSettings(providers, clips, watermark, found);
    }
}
