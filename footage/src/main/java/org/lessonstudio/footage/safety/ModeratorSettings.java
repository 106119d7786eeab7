package org.lessonstudio.footage.safety;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A school's moderation service, set in the environment; without {@code LESSON_MODERATOR_URL}
 * there is none and only the offline check is used.
 *
 * <ul>
 * <li>{@code LESSON_MODERATOR_URL}: its address, such as {@code http://guard.school.lan:11434}</li>
 * <li>{@code LESSON_MODERATOR_KIND}: {@code moderations} (an OpenAI-compatible {@code POST /v1/moderations},
 *     the default) or {@code guard} (a guard model such as Llama Guard behind an OpenAI-compatible
 *     {@code POST /v1/chat/completions}, served by Ollama or vLLM)</li>
 * <li>{@code LESSON_MODERATOR_MODEL}: the model ({@code omni-moderation-latest} or {@code llama-guard3} by default)</li>
 * <li>{@code LESSON_MODERATOR_KEY}: a key, if the service wants one (sent as a bearer token, never shown)</li>
 * </ul>
 *
 * @param kind    which protocol
 * @param base    the service's address
 * @param model   the model asked
 * @param key     the key, or null
 * @param timeout how long one request may take
 * @param cache   where answers are kept by prompt hash
 */
public record ModeratorSettings(Kind kind, URI base, String model, String key, Duration timeout, Path cache) {

    /** Which protocol a moderator speaks. */
    public enum Kind {
        /** OpenAI-compatible {@code POST /v1/moderations}. */
        MODERATIONS,
        /** A guard model behind OpenAI-compatible {@code POST /v1/chat/completions}, answering "safe" or "unsafe\nS1". */
        GUARD
    }

    public static final String URL = "LESSON_MODERATOR_URL";
    public static final String KIND = "LESSON_MODERATOR_KIND";
    public static final String MODEL = "LESSON_MODERATOR_MODEL";
    public static final String KEY = "LESSON_MODERATOR_KEY";

    /** The moderator the environment sets up, if any; a setting that cannot be used is said plainly. */
    public static Optional<ModeratorSettings> fromEnvironment(Map<String, String> environment)
            throws IllegalArgumentException {
        String url = environment.get(URL);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI base;
        try {
            base = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(URL + " is not an address Lesson Studio can use");
        }
        if (base.getScheme() == null || !base.getScheme().matches("(?i)https?") || base.getHost() == null) {
            throw new IllegalArgumentException(URL + " must be an http or https address, such as"
                    + " http://guard.school.lan:11434");
        }
        String kindName = environment.getOrDefault(KIND, "moderations").strip().toLowerCase(Locale.ROOT);
        Kind kind = switch (kindName) {
            case "", "moderations", "moderation", "openai" -> Kind.MODERATIONS;
            case "guard", "llama-guard", "chat" -> Kind.GUARD;
            default -> throw new IllegalArgumentException(KIND + " is `" + kindName + "`; use `moderations` (POST"
                    + " /v1/moderations) or `guard` (a guard model behind /v1/chat/completions)");
        };
        String model = environment.getOrDefault(MODEL, "").strip();
        if (model.isEmpty()) {
            model = kind == Kind.MODERATIONS ? "omni-moderation-latest" : "llama-guard3";
        }
        String key = environment.get(KEY);
        return Optional.of(new ModeratorSettings(kind, base, model, key == null || key.isBlank() ? null : key.strip(),
                Duration.ofSeconds(20), cacheFolder(environment)));
    }

    /** {@code $XDG_CACHE_HOME/lesson-studio/moderation}, or {@code ~/.cache/lesson-studio/moderation}. */
    static Path cacheFolder(Map<String, String> environment) {
        String home = environment.get("XDG_CACHE_HOME");
        Path base = home != null && !home.isBlank() ? Path.of(home) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("lesson-studio").resolve("moderation");
    }

    /** The same settings with another time limit and cache folder (tests). */
    public ModeratorSettings with(Duration timeout, Path cache) {
        return new ModeratorSettings(kind, base, model, key, timeout, cache);
    }

    @Override
    public String toString() {
        return "ModeratorSettings[" + kind + ", " + base + ", " + model + (key == null ? "" : ", key ***") + "]";
    }
}
