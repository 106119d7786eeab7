package org.lessonstudio.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.check.SpeechEstimate;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;

/** When things happen: one after another, together, while a sentence is spoken. */
class ScheduleTest {

    private static final String LESSON = """
            lesson "Timing"

            scene "One"
              circle a: radius 1
              circle b: radius 2
              value t = 0
              point m: at (t, 0)
              show m
              draw a over 2s
              together
                fade in b over 1s
                animate t to 1 over 3s
              wait 0.5s
              say "Four short words here."
                fade out a over 0.5s

            scene "Two"
              text hello: "Hello"
              write hello over 1s
            """;

    @Test
    void actionsRunInTurnTogetherRunsAtOnceAndSayLastsAsLongAsItsSentence() {
        Timeline timeline = Lessons.timeline(LESSON);
        ScenePlan one = timeline.scenes().get(0);
        assertEquals(0.0, one.reveals().get("a").get(0).start());
        assertEquals(2.0, one.reveals().get("b").get(0).start());
        assertEquals(2.0, one.animations().get("t").get(0).start());
        double sayStart = 2 + 3 + 0.5;
        assertEquals(sayStart, one.reveals().get("a").get(1).start());
        double speech = SpeechEstimate.seconds("Four short words here.");
        assertTrue(speech > 0.5, "the sentence outlasts the fade under it");
        assertEquals(sayStart, one.captions().get(0).start());
        assertEquals(sayStart + speech, one.captions().get(0).end(), 1e-9);
        assertEquals(sayStart + speech + Schedule.SCENE_TAIL, one.duration(), 1e-9);
        ScenePlan two = timeline.scenes().get(1);
        assertEquals(one.end(), two.start(), 1e-9);
        assertEquals(two.end(), timeline.duration(), 1e-9);
    }

    @Test
    void theSameAnimationEndsAtTheSameTimeAt24And60Fps() {
        Timeline timeline = Lessons.timeline(LESSON);
        double end = timeline.scenes().get(0).animations().get("t").get(0).end();
        for (int fps : new int[] {24, 60}) {
            int frame = (int) Math.ceil(end * fps - 1e-9);
            assertEquals(1.0, value(timeline.frameAt((double) frame / fps)), 1e-9, fps + " fps");
            assertTrue(value(timeline.frameAt((double) (frame - 1) / fps)) < 1, fps + " fps: not before its end");
            assertEquals(timeline.duration(), (double) timeline.frameCount(fps) / fps, 1.0 / fps);
        }
    }

    /** The value t, read back through the point m defined at (t, 0). */
    private static double value(FrameState frame) {
        return ((org.lessonstudio.timeline.frame.Figure.Dot) item(frame, "m").figure()).position().x();
    }

    @Test
    void drawRevealsGraduallyAndFadeOutLowersOpacityFromWhereItWas() {
        Timeline timeline = Lessons.timeline(LESSON);
        Item halfDrawn = item(timeline.frameAt(1.0), "a");
        assertEquals(0.5, halfDrawn.appearance().reveal(), 1e-9, "smooth easing is half way at half time");
        assertEquals(1.0, halfDrawn.appearance().opacity());
        double sayStart = 5.5;
        Item fading = item(timeline.frameAt(sayStart + 0.25), "a");
        assertEquals(0.5, fading.appearance().opacity(), 1e-9);
        assertEquals(1.0, fading.appearance().reveal());
        assertTrue(timeline.frameAt(sayStart + 0.6).items().stream().noneMatch(i -> i.name().equals("a")));
    }

    @Test
    void anyFrameIsTheSameWhicheverOrderFramesAreAskedFor() throws Exception {
        Timeline first = Lessons.flagship();
        Timeline second = Lessons.flagship();
        double[] times = {70.0, 3.2, 41.7, 41.7, 0.0, 55.5};
        java.util.Map<Double, FrameState> forwards = new java.util.HashMap<>();
        for (double t : times) {
            forwards.put(t, first.frameAt(t));
        }
        for (int i = times.length - 1; i >= 0; i--) {
            assertEquals(forwards.get(times[i]), second.frameAt(times[i]), "frame at " + times[i]);
        }
        assertEquals(first.frameAt(41.7), Lessons.flagship().frameAt(41.7));
    }

    private static Item item(FrameState frame, String name) {
        return frame.items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }
}
