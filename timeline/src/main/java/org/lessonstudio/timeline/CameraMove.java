package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/**
 * {@code camera zoom 2 / pan to P / focus X / follow X / reset}: the view's centre and zoom go
 * toward their target; a point or object aimed at is found when the move begins, except an object
 * followed, which is found at every frame's own time (so the view stays a function of the time).
 */
record CameraMove(Action.Camera camera, double start, double duration, Easing easing, int seq)
        implements Track.Filming {

    /** The camera's state: where the view is centred, and how far it is zoomed in. */
    record View(double cx, double cy, double zoom) {
        static View of(Viewport base) {
            return new View((base.xMin() + base.xMax()) / 2, (base.yMin() + base.yMax()) / 2, 1);
        }

        Viewport viewport(Viewport base) {
            double halfW = (base.xMax() - base.xMin()) / 2 / zoom;
            double halfH = (base.yMax() - base.yMin()) / 2 / zoom;
            return new Viewport(cx - halfW, cx + halfW, cy - halfH, cy + halfH, base.width(), base.height());
        }
    }

    /** Whether the view keeps the object in the middle at each frame's time. */
    boolean follows() {
        return camera.follow();
    }

    /** The point aimed at, found just before the move (null when it keeps the centre). */
    Vec aim(Evaluator before) {
        if (camera.center() != null) {
            return before.point(camera.center());
        }
        if (camera.focus() != null) {
            return before.figure(camera.focus()).reference(before.screen());
        }
        return null;
    }

    View apply(double alpha, View before, Vec aim, Viewport base) {
        View target;
        if (camera.reset()) {
            target = View.of(base);
        } else {
            double z = camera.zoom() != null ? camera.zoom() : camera.focus() != null ? 2 : before.zoom();
            target = aim != null ? new View(aim.x(), aim.y(), z) : new View(before.cx(), before.cy(), z);
        }
        return new View(before.cx() + (target.cx() - before.cx()) * alpha,
                before.cy() + (target.cy() - before.cy()) * alpha,
                before.zoom() * Math.pow(target.zoom() / before.zoom(), alpha));
    }
}
