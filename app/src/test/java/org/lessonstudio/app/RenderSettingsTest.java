package org.lessonstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.model.VideoFormat;
import org.lessonstudio.renderer.Quality;

/** Render settings are read and checked in one place, with the same words wherever they are given. */
class RenderSettingsTest {

    private static String refused(Runnable reading) {
        return assertThrows(RenderSettings.Invalid.class, reading::run).getMessage();
    }

    @Test
    void sizesAreEvenAndWithinWhatTheEncoderTakes() {
        assertEquals(new RenderSettings.Size(1280, 720), RenderSettings.size(" 1280X720 "));
        assertEquals("'big' is not a size; write it like 1280x720", refused(() -> RenderSettings.size("big")));
        assertEquals("'1280x720x3' is not a size; write it like 1280x720",
                refused(() -> RenderSettings.size("1280x720x3")));
        assertEquals("'161x90' cannot be used: width and height must be even, from 16x16 to 7680x4320",
                refused(() -> RenderSettings.size("161x90")));
        assertEquals("'8000x4000' cannot be used: width and height must be even, from 16x16 to 7680x4320",
                refused(() -> new RenderSettings.Size(8000, 4000)));
    }

    @Test
    void framesPerSecondQualityAndBudget() {
        assertEquals(24, RenderSettings.fps("24"));
        assertEquals("'0' cannot be used; give a whole number of frames per second from 1 to 120",
                refused(() -> RenderSettings.fps("0")));
        assertEquals("'121' cannot be used; give a whole number of frames per second from 1 to 120",
                refused(() -> RenderSettings.defaults().withFps(121)));
        assertEquals(Quality.HIGH, RenderSettings.quality("High"));
        assertEquals("'best' is not a quality; use draft, standard or high", refused(() -> RenderSettings.quality("best")));
        assertEquals(90, RenderSettings.budget("90s"));
        for (String budget : new String[] {"-1", "NaN", "Infinity", "1e999", "lots"}) {
            assertEquals("'" + budget + "' is not a footage budget; give the most seconds of generated video a render"
                    + " may ask for, such as 60 (0 for none)", refused(() -> RenderSettings.budget(budget)), budget);
        }
        assertThrows(RenderSettings.Invalid.class, () -> new RenderSettings.Footage(RenderSettings.Sources.ANY,
                Double.NaN, null), "a budget made in code is checked too");
    }

    @Test
    void theSettingsOverTheLessonsOwn() {
        VideoFormat lesson = new VideoFormat(1920, 1080, 30);
        assertEquals(lesson, RenderSettings.defaults().video(lesson));
        assertEquals(new VideoFormat(640, 360, 30), RenderSettings.defaults().withSize(RenderSettings.size("640x360"))
                .video(lesson));
        assertEquals(new VideoFormat(1920, 1080, 12), RenderSettings.defaults().withFps(12).video(lesson));
    }
}
