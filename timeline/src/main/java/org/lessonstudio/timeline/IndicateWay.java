package org.lessonstudio.timeline;

import org.lessonstudio.dsl.model.Scene;
import org.lessonstudio.dsl.model.Shape;

/**
 * How {@code indicate} draws attention to an object without changing what it says. A dot, writing
 * or a shape standing free swells a fifth about its middle and back; an object whose place is its
 * meaning — a curve, a line, a region, an area, axes, or any shape drawn against axes — glows
 * instead (a brief thicker stroke in the indicate colour), so a graph never shows wrong values for
 * a moment.
 */
enum IndicateWay {
    SWELL, GLOW;

    static IndicateWay of(String target, Scene scene) {
        boolean againstAxes = scene.axes() != null
                || scene.shapes().stream().anyMatch(Shape.NumberLine.class::isInstance);
        return scene.shapes().stream().filter(s -> s.name().equals(target)).findFirst()
                .map(shape -> of(shape, againstAxes)).orElse(SWELL);
    }

    private static IndicateWay of(Shape shape, boolean againstAxes) {
        IndicateWay free = againstAxes ? GLOW : SWELL;
        return shape.accept(new Shape.Visitor<IndicateWay>() {
            public IndicateWay point(Shape.Point s) { return SWELL; }
            public IndicateWay text(Shape.Text s) { return SWELL; }
            public IndicateWay readout(Shape.Readout s) { return SWELL; }
            public IndicateWay tex(Shape.Tex s) { return SWELL; }
            public IndicateWay table(Shape.Table s) { return SWELL; }
            public IndicateWay image(Shape.Image s) { return SWELL; }
            public IndicateWay title(Shape.Title s) { return SWELL; }
            public IndicateWay footage(Shape.Footage s) { return SWELL; }
            public IndicateWay frame(Shape.Frame s) { return SWELL; }
            public IndicateWay circle(Shape.Circle s) { return free; }
            public IndicateWay ellipse(Shape.Ellipse s) { return free; }
            public IndicateWay arc(Shape.Arc s) { return free; }
            public IndicateWay polygon(Shape.Polygon s) { return free; }
            public IndicateWay angle(Shape.Angle s) { return free; }
            public IndicateWay brace(Shape.Brace s) { return free; }
            public IndicateWay barChart(Shape.BarChart s) { return GLOW; }
            public IndicateWay axes(Shape.Axes s) { return GLOW; }
            public IndicateWay numberLine(Shape.NumberLine s) { return GLOW; }
            public IndicateWay line(Shape.Line s) { return GLOW; }
            public IndicateWay curve(Shape.Curve s) { return GLOW; }
            public IndicateWay area(Shape.Area s) { return GLOW; }
            public IndicateWay region(Shape.Region s) { return GLOW; }
            public IndicateWay heatMap(Shape.HeatMap s) { return GLOW; }
            public IndicateWay magnifier(Shape.Magnifier s) { return GLOW; }
        });
    }
}
