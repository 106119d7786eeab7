package org.lessonstudio.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What Lesson Studio takes from the machine it runs on: the environment's variables (keys, service
 * addresses, {@code XDG_*} folders, {@code PATH}) and the user's home folder, with the folders
 * derived from them. Read from the process in exactly one place, {@link #fromProcess()}, by the
 * front end's {@code main}, and passed down; a test builds its own with {@link #of} and
 * {@link #with}, and never touches the process's environment.
 *
 * <pre>
 * Env env = Env.fromProcess();
 * env.cache();   // ~/.cache/lesson-studio, or $XDG_CACHE_HOME/lesson-studio
 * env.logs();    // ~/.cache/lesson-studio/logs, or $XDG_STATE_HOME/lesson-studio/logs
 * </pre>
 */
public record Env(Map<String, String> variables, Path home) {

    public Env {
        variables = Map.copyOf(variables);
        home = home.toAbsolutePath();
    }

    /** The running process's environment and home folder: the only place either is read. */
    public static Env fromProcess() {
        return new Env(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** An environment of one's own (tests; a server with its own folders). */
    public static Env of(Map<String, String> variables, Path home) {
        return new Env(variables, home);
    }

    /** The same environment with one variable set (or, with a null value, removed). */
    public Env with(String name, String value) {
        Map<String, String> changed = new HashMap<>(variables);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new Env(changed, home);
    }

    /** A variable's value, when it is set to something other than blanks. */
    public Optional<String> variable(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Lesson Studio's cache folder: {@code $XDG_CACHE_HOME/lesson-studio} or {@code ~/.cache/lesson-studio}. */
    public Path cache() {
        return xdg("XDG_CACHE_HOME", ".cache").resolve("lesson-studio");
    }

    /** Lesson Studio's settings folder: {@code $XDG_CONFIG_HOME/lesson-studio} or {@code ~/.config/lesson-studio}. */
    public Path config() {
        return xdg("XDG_CONFIG_HOME", ".config").resolve("lesson-studio");
    }

    /**
     * Where failures are logged for whoever fixes them: {@code $XDG_STATE_HOME/lesson-studio/logs},
     * or {@code ~/.cache/lesson-studio/logs}.
     */
    public Path logs() {
        return variable("XDG_STATE_HOME").map(Path::of).map(p -> p.resolve("lesson-studio")).orElse(cache())
                .resolve("logs");
    }

    /** The clip cache: {@code $LESSON_FOOTAGE_CACHE}, or {@code footage} in the cache folder. */
    public Path footageCache() {
        return variable("LESSON_FOOTAGE_CACHE").map(Path::of).orElse(cache().resolve("footage"));
    }

    /** The spoken sentences' cache: {@code speech} in the cache folder. */
    public Path speechCache() {
        return cache().resolve("speech");
    }

    /**
     * The variables as the stages read them, with the {@code XDG_*} folders filled in from the home
     * folder where they are not set, so that a stage given this map finds this environment's folders
     * (never the process's home).
     */
    public Map<String, String> forStages() {
        Map<String, String> all = new HashMap<>(variables);
        all.put("XDG_CACHE_HOME", xdg("XDG_CACHE_HOME", ".cache").toString());
        all.put("XDG_CONFIG_HOME", xdg("XDG_CONFIG_HOME", ".config").toString());
        return Map.copyOf(all);
    }

    /** Names the home folder only: the values may hold keys, which are never printed. */
    @Override
    public String toString() {
        return "Env[home=" + home + ", " + variables.size() + " variables]";
    }

    private Path xdg(String name, String underHome) {
        return variable(name).map(Path::of).orElse(home.resolve(underHome));
    }
}
