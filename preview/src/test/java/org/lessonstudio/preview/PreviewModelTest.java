package org.lessonstudio.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.timeline.Timeline;

/** The preview's playhead, without a window. */
class PreviewModelTest {

    private static Timeline timeline(String firstScene, double firstWait, String secondScene) {
        String text = "lesson \"Model\"\n\nscene \"" + firstScene + "\"\n  wait " + firstWait + "s\n\nscene \""
                + secondScene + "\"\n  wait 4s\n";
        return Timeline.of(LessonCompiler.compile(SourceFile.of("m.lesson", text)).lesson().orElseThrow());
    }

    @Test
    void playingAdvancesAtTheChosenSpeedAndStopsAtTheEnd() {
        PreviewModel model = new PreviewModel(timeline("A", 2, "B"));
        model.togglePlay();
        model.setSpeed(0.5);
        model.advance(1.0);
        assertEquals(0.5, model.time(), 1e-9);
        model.setSpeed(9);
        assertEquals(2.0, model.speed());
        model.advance(100);
        assertEquals(model.timeline().duration(), model.time(), 1e-9);
        assertFalse(model.playing());
    }

    @Test
    void loopingKeepsThePlayheadInItsScene() {
        PreviewModel model = new PreviewModel(timeline("A", 2, "B"));
        model.toggleLoop();
        model.togglePlay();
        model.advance(2.6 + 0.5);
        assertEquals(0.5, model.time(), 1e-9, "A lasts 2.6 s (2 s and its fade), so 3.1 s wraps to 0.5 s");
    }

    @Test
    void aSaveKeepsTheSameSceneEvenWhenItMoved() {
        PreviewModel model = new PreviewModel(timeline("A", 2, "B"));
        model.seek(2.6 + 1.0);
        model.swap(timeline("A", 5, "B"), List.of());
        assertEquals(5.6 + 1.0, model.time(), 1e-9, "one second into B, which now starts later");
        assertEquals(1, model.reloads());
        model.swap(timeline("A", 5, "C"), List.of());
        assertEquals(6.6, model.time(), 1e-9, "B is gone: the same time is kept");
    }

    @Test
    void stepsAndSceneJumpsLandOnFrames() {
        PreviewModel model = new PreviewModel(timeline("A", 2, "B"));
        model.step(1);
        assertEquals(1.0 / 30, model.time(), 1e-9);
        model.jumpScene(1);
        assertEquals(2.6, model.time(), 1e-9);
        model.jumpScene(-1);
        assertEquals(0, model.time(), 1e-9);
        model.toEnd();
        assertEquals(model.timeline().frameCount(30) - 1, model.frameIndex());
        assertTrue(model.time() < model.timeline().duration());
    }
}
