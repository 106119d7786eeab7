package org.lessonstudio.footage;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The footage providers a lesson can name, by the word it writes for each: the one place a word
 * becomes a {@link Provider}. The services' models, addresses and keys come from the environment
 * it is given ({@code LESSON_RUNWAY_MODEL}, {@code LESSON_VEO_MODEL}, {@code LESSON_RUNWAY_URL},
 * {@code LESSON_VEO_URL}, {@code RUNWAYML_API_SECRET}, {@code GEMINI_API_KEY}), never from the
 * process's own.
 */
public final class Providers {

    public static final Provider LIBRARY = new Provider.Library();
    public static final Provider PROCEDURAL = new Provider.Procedural();

    private Providers() {
    }

    /** Runway with the model the environment names ({@code gen4.5} unless {@code LESSON_RUNWAY_MODEL}). */
    public static Provider.Runway runway(Map<String, String> environment) {
        String model = environment.get("LESSON_RUNWAY_MODEL");
        return new Provider.Runway(model == null || model.isBlank() ? "gen4.5" : model);
    }

    /** Veo with the model the environment names ({@code veo-3.1-generate-preview} unless {@code LESSON_VEO_MODEL}). */
    public static Provider.Veo veo(Map<String, String> environment) {
        String model = environment.get("LESSON_VEO_MODEL");
        return new Provider.Veo(model == null || model.isBlank() ? "veo-3.1-generate-preview" : model);
    }

    /** Every provider, the services with the models the environment names. */
    public static List<Provider> all(Map<String, String> environment) {
        return List.of(LIBRARY, PROCEDURAL, runway(environment), veo(environment));
    }

    /** The provider a lesson's word names ({@code library}, {@code procedural}, {@code runway}, {@code veo}). */
    public static Optional<Provider> named(String word, Map<String, String> environment) {
        return all(environment).stream().filter(p -> p.id().equals(word)).findFirst();
    }

    /** The provider a record names, with the model it records ({@code gen4.5}; empty for library and procedural). */
    public static Optional<Provider> recorded(String word, String model) {
        return named(word, model.isBlank() ? Map.of()
                : Map.of("LESSON_RUNWAY_MODEL", model, "LESSON_VEO_MODEL", model));
    }

    /**
     * The providers a lesson can use, each ready to work, by its word: the lesson's clip folder,
     * procedural, and the two services as {@code environment} sets them up (which spend
     * {@code budget}, and keep their clips in {@code cache} as procedural does).
     */
    public static Map<String, FootageProvider> working(Path clips, ClipCache cache, FootageBudget budget,
                                                       Map<String, String> environment) {
        Map<String, FootageProvider> providers = new LinkedHashMap<>();
        for (FootageProvider p : List.of(new ClipLibrary(clips), new ProceduralProvider(cache),
                GeneratedFootage.runway(cache, budget, environment), GeneratedFootage.veo(cache, budget, environment))) {
            providers.put(p.provider().id(), p);
        }
        return providers;
    }
}
