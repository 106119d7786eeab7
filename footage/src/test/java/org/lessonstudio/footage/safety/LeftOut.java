package org.lessonstudio.footage.safety;

import java.util.List;
import java.util.Map;

/**
 * The leave-one-part-out measurement and the weights file the labelled sets make, computed once per
 * test run (about twenty seconds since tune2) and shared by the tests that need them.
 */
final class LeftOut {

    private static LeftOut made;

    final LearnedWeightsGenerator generator;
    final List<LearnedWeightsGenerator.Judged> judged;
    final Map<Level, Double> thresholds;
    final CrossValidated measured;
    final String file;

    private LeftOut() throws Exception {
        generator = new LearnedWeightsGenerator();
        judged = generator.leaveOnePartOut();
        thresholds = generator.thresholds(judged);
        measured = new CrossValidated(generator, judged, thresholds);
        file = generator.text(thresholds, generator.learn(generator.items));
    }

    static synchronized LeftOut get() throws Exception {
        if (made == null) {
            made = new LeftOut();
        }
        return made;
    }
}
