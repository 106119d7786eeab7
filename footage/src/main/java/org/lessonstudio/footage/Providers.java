package org.lessonstudio.footage;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The footage providers a lesson can name, by the word it writes for each: the one place a word
 * becomes a {@link Provider} (and the services' models are read from the environment:
 * {@code LESSON_RUNWAY_MODEL}, {@code LESSON_VEO_MODEL}).
 */
public final class Providers {

    public static final Provider LIBRARY = new Provider.Library();
    public static final Provider PROCEDURAL = new Provider.Procedural();

    private Providers() {
    }

    /** Runway with the model the environment names ({@code gen4.5} unless {@code LESSON_RUNWAY_MODEL}). */
    public static Provider.Runway runway() {
        String model = System.getenv("LESSON_RUNWAY_MODEL");
        return new Provider.Runway(model == null || model.isBlank() ? "gen4.5" : model);
    }

    /** Veo with the model the environment names ({@code veo-3.1-generate-preview} unless {@code LESSON_VEO_MODEL}). */
    public static Provider.Veo veo() {
        String model = System.getenv("LESSON_VEO_MODEL");
        return new Provider.Veo(model == null || model.isBlank() ? "veo-3.1-generate-preview" : model);
    }

    /** Every provider, in the order a lesson's {@code footage:} lists them in its documentation. */
    public static List<Provider> all() {
        return List.of(LIBRARY, PROCEDURAL, runway(), veo());
    }

    /** The provider a lesson's word names ({@code library}, {@code procedural}, {@code runway}, {@code veo}). */
    public static Optional<Provider> named(String word) {
        return all().stream().filter(p -> p.id().equals(word)).findFirst();
    }

    /**
     * The providers a lesson can use, each ready to work, by its word: the lesson's clip folder,
     * procedural, and the two services (which spend {@code budget}, and keep their clips in
     * {@code cache} as procedural does).
     */
    public static Map<String, FootageProvider> working(Path clips, ClipCache cache, FootageBudget budget) {
        Map<String, FootageProvider> providers = new LinkedHashMap<>();
        for (FootageProvider p : List.of(new ClipLibrary(clips), new ProceduralProvider(cache),
                GeneratedFootage.runway(cache, budget), GeneratedFootage.veo(cache, budget))) {
            providers.put(p.provider().id(), p);
        }
        return providers;
    }
}
