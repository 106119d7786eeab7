package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Scene;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.timeline.frame.Viewport;

/** The part of the plane a scene shows: its axes' ranges, its number line's, or the default. */
final class Viewports {

    private Viewports() {
    }

    static Viewport of(Scene scene) {
        Shape.Axes axes = scene.axes();
        if (axes != null) {
            return new Viewport(axes.xMin(), axes.xMax(), axes.yMin(), axes.yMax(), axes.width(), axes.height());
        }
        for (Shape shape : scene.shapes()) {
            if (shape instanceof Shape.NumberLine n) {
                double margin = (n.max() - n.min()) * 0.04;
                return new Viewport(n.min() - margin, n.max() + margin, -1.2, 1.2);
            }
        }
        return Viewport.DEFAULT;
    }
}
