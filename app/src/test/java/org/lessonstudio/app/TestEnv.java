package org.lessonstudio.app;

import java.nio.file.Path;

/**
 * The environment the application layer's tests run in: the machine's (for espeak-ng, fonts and
 * the speech cache), with clips and logs kept in target/ rather than the developer's own folders.
 */
final class TestEnv {

    static final Env ENV = Env.fromProcess()
            .with("LESSON_FOOTAGE_CACHE", Path.of("target/footage-cache").toAbsolutePath().toString())
            .with("XDG_STATE_HOME", Path.of("target/state").toAbsolutePath().toString());

    private TestEnv() {
    }

    /** Opens a lesson as every front end does, failing the test if it is not ready. */
    static LessonSession open(Path lesson, RenderSettings.Speech speech) {
        LessonSession.Opened opened = LessonSession.open(lesson, speech, ENV);
        if (opened instanceof LessonSession.Ready ready) {
            return ready.session();
        }
        throw new AssertionError(lesson + " did not open:\n" + opened.said());
    }

    /** The same, silent (captions only). */
    static LessonSession silent(Path lesson) {
        return open(lesson, new RenderSettings.Speech(null, false));
    }

    /** Small and quick: 160x90, 10 fps, draft, no voice. */
    static final RenderSettings SMALL = RenderSettings.defaults().withSize(new RenderSettings.Size(160, 90))
            .withFps(10).withQuality(org.lessonstudio.renderer.Quality.DRAFT)
            .withSpeech(new RenderSettings.Speech(null, false));
}
