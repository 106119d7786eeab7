package org.lessonstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The machine as Lesson Studio sees it, built by a test without touching the process's environment. */
class EnvTest {

    private static final Path HOME = Path.of("/home/teacher");

    @Test
    void theFoldersFollowTheHomeFolderUnlessTheXdgVariablesSayOtherwise() {
        Env plain = Env.of(Map.of(), HOME);
        assertEquals(HOME.resolve(".cache/lesson-studio"), plain.cache());
        assertEquals(HOME.resolve(".cache/lesson-studio/footage"), plain.footageCache());
        assertEquals(HOME.resolve(".cache/lesson-studio/speech"), plain.speechCache());
        assertEquals(HOME.resolve(".cache/lesson-studio/logs"), plain.logs());
        assertEquals(HOME.resolve(".config/lesson-studio"), plain.config());

        Env set = plain.with("XDG_CACHE_HOME", "/var/cache/school").with("XDG_STATE_HOME", "/var/state")
                .with("XDG_CONFIG_HOME", "/etc/school").with("LESSON_FOOTAGE_CACHE", "/srv/clips");
        assertEquals(Path.of("/var/cache/school/lesson-studio/speech"), set.speechCache());
        assertEquals(Path.of("/var/state/lesson-studio/logs"), set.logs());
        assertEquals(Path.of("/etc/school/lesson-studio"), set.config());
        assertEquals(Path.of("/srv/clips"), set.footageCache());
        assertEquals(plain.cache(), plain.with("XDG_CACHE_HOME", "  ").cache(), "a blank variable is not set");
    }

    @Test
    void theStagesAreGivenThisEnvironmentsFoldersNeverTheProcesss() {
        Map<String, String> stages = Env.of(Map.of("GEMINI_API_KEY", "k"), HOME).forStages();
        assertEquals(HOME.resolve(".cache").toString(), stages.get("XDG_CACHE_HOME"));
        assertEquals(HOME.resolve(".config").toString(), stages.get("XDG_CONFIG_HOME"));
        assertEquals("k", stages.get("GEMINI_API_KEY"));
    }

    @Test
    void aKeyIsNeverPrinted() {
        Env env = Env.of(Map.of("RUNWAYML_API_SECRET", "key_1234567890"), HOME);
        assertFalse(env.toString().contains("key_1234567890"), env.toString());
        assertTrue(env.toString().contains("1 variables"), env.toString());
        assertFalse(env.with("RUNWAYML_API_SECRET", null).variable("RUNWAYML_API_SECRET").isPresent());
    }
}
