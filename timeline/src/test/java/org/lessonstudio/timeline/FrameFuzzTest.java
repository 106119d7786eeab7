package org.lessonstudio.timeline;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * Coverage-guided fuzzing of what comes after the checker: any lesson the checker accepts is
 * laid out in time and has frames worked out at its start, middle and end. The property: nothing
 * throws but {@link NotDrawable} (a mistake in the lesson, reported with its line), and nothing
 * hangs. Regression mode in {@code mvn verify} replays the example lessons and saved findings;
 * {@code bench/fuzz 10 frames} fuzzes it (docs/robustness.md).
 */
class FrameFuzzTest {

    @FuzzTest
    void frames(byte[] bytes) {
        LessonCompiler.Result result = LessonCompiler.compile(SourceFile.fromBytes("fuzz.lesson", null, bytes));
        if (!result.ok()) {
            return;
        }
        Timeline timeline = Timeline.of(result.lesson().get());
        double end = timeline.duration();
        for (double t : new double[] {0, end / 3, end / 2, end * 0.9, end}) {
            try {
                timeline.frameAt(t);
            } catch (NotDrawable e) {
                if (!e.placed() || e.source() == null) {
                    throw new AssertionError("a frame that cannot be drawn must know its lesson line", e);
                }
            }
        }
    }
}
