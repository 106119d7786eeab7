package org.lessonstudio.timeline;

import java.util.List;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.timeline.frame.Affine;
import org.lessonstudio.timeline.frame.Paths;

/** {@code move X along c}: the object travels the outline of c, as c was when the move began. */
record MoveAlong(String target, List<String> group, String path, double start, double duration, Easing easing,
                 int seq) implements Track.Moving {

    @Override
    public Ends ends(Evaluator before) {
        return new Ends(before.reference(target, group), null, 0, before.figure(path).outline());
    }

    @Override
    public Affine apply(double alpha, Ends ends) {
        return Affine.translate(Paths.at(ends.path(), alpha).minus(ends.first()));
    }
}
