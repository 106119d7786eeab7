package org.lessonstudio.renderer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.timeline.frame.AxisNumbers;
import org.lessonstudio.timeline.frame.Figure;

/**
 * Axes, planes (axes with a grid) and number lines: lines, arrows, ticks, numbers and labels.
 * Ticks and numbers come from {@link AxisNumbers} (a step that reads well when none is given; the
 * end of the range numbered too). Numbers keep a gap from their ticks (an x number under its
 * tick, a y number ending left of it);
 * the x label goes beyond the x arrow's tip (or above its end, where the frame has no room) and
 * the y label above the y arrow's tip (or beside it), so neither sits on an arrowhead or a number.
 */
final class AxesPainter {

    /** Room between a tick's end and its number, in screen units. */
    private static final double NUMBER_GAP = 0.1;

    private final Graphics2D g;
    private final Projection projection;
    private final TextPainter text;
    private final FigurePainter geometry;

    AxesPainter(Graphics2D g, Projection projection, TextPainter text, FigurePainter geometry) {
        this.g = g;
        this.projection = projection;
        this.text = text;
        this.geometry = geometry;
    }

    void axes(Figure.Axes axes, Style style, Color color, Color gridColor, double reveal) {
        double y0 = clamp(0, axes.yMin(), axes.yMax());
        double x0 = clamp(0, axes.xMin(), axes.xMax());
        double finish = clamp((reveal - 0.6) / 0.4, 0, 1);
        double unit = projection.unit();
        if (axes.grid() && reveal > 0) {
            grid(axes, gridColor != null ? Palette.withAlpha(gridColor, gridColor.getAlpha() / 255.0 * reveal)
                    : Palette.withAlpha(color, color.getAlpha() / 255.0 * 0.28 * reveal));
        }
        Path2D.Double lines = new Path2D.Double();
        lines.moveTo(projection.px(axes.xMin()), projection.py(y0));
        lines.lineTo(projection.px(axes.xMax()), projection.py(y0));
        lines.moveTo(projection.px(x0), projection.py(axes.yMin()));
        lines.lineTo(projection.px(x0), projection.py(axes.yMax()));
        geometry.stroke(lines, style, color, reveal);
        if (finish <= 0) {
            return;
        }
        Color faded = Palette.withAlpha(color, color.getAlpha() / 255.0 * finish);
        g.setColor(faded);
        g.setStroke(geometry.stroke(style));
        double tick = 0.09 * unit;
        Path2D.Double marks = new Path2D.Double();
        AxisNumbers xNumbers = xNumbers(axes);
        AxisNumbers yNumbers = yNumbers(axes);
        double lastNumberRight = Double.NEGATIVE_INFINITY;
        double topNumberTop = Double.POSITIVE_INFINITY;
        for (double x : ticks(axes.xMin(), axes.xMax(), xNumbers, axes.tips())) {
            double px = projection.px(x);
            if (!axes.tips() || x < axes.xMax()) { // at the tip, the arrowhead is the mark
                marks.moveTo(px, projection.py(y0) - tick);
                marks.lineTo(px, projection.py(y0) + tick);
            }
        }
        if (axes.x().numbers()) {
            AxisNumbers every = numberedEvery(axes.x(), xNumbers, true);
            for (double x : ticks(axes.xMin(), axes.xMax(), every, axes.tips())) {
                double px = projection.px(x);
                if (onFrame(px, projection.py(y0))) {
                    Rectangle2D drawn = text.number(every.written(x),
                            new Point2D.Double(px, projection.py(y0) + tick + NUMBER_GAP * unit), 0, -1, faded);
                    lastNumberRight = Math.max(lastNumberRight, drawn.getMaxX());
                }
            }
        }
        for (double y : ticks(axes.yMin(), axes.yMax(), yNumbers, axes.tips())) {
            double py = projection.py(y);
            if (!axes.tips() || y < axes.yMax()) {
                marks.moveTo(projection.px(x0) - tick, py);
                marks.lineTo(projection.px(x0) + tick, py);
            }
        }
        if (axes.y().numbers()) {
            AxisNumbers every = numberedEvery(axes.y(), yNumbers, false);
            for (double y : ticks(axes.yMin(), axes.yMax(), every, axes.tips())) {
                double py = projection.py(y);
                if (onFrame(projection.px(x0), py)) {
                    Rectangle2D drawn = text.number(every.written(y),
                            new Point2D.Double(projection.px(x0) - tick - NUMBER_GAP * unit, py), 1, 0, faded);
                    topNumberTop = Math.min(topNumberTop, drawn.getMinY());
                }
            }
        }
        g.setColor(faded);
        g.setStroke(geometry.stroke(style));
        g.draw(marks);
        double head = axes.tips() ? 0.2 * unit : 0;
        if (axes.tips()) {
            arrowHead(projection.px(axes.xMax()), projection.py(y0), 1, 0, head);
            arrowHead(projection.px(x0), projection.py(axes.yMax()), 0, -1, head);
        }
        if (!axes.x().label().isEmpty() && onFrame(projection.px(axes.xMax()), projection.py(y0))) {
            xLabel(axes.x().label(), projection.px(axes.xMax()) + 0.4 * head, projection.py(y0), lastNumberRight,
                    faded);
        }
        if (!axes.y().label().isEmpty() && onFrame(projection.px(x0), projection.py(axes.yMax()))) {
            yLabel(axes.y().label(), projection.px(x0), projection.py(axes.yMax()) - 0.4 * head, topNumberTop,
                    faded);
        }
    }

    /**
     * Beyond the tip, on the axis's line and beyond the last number (the end of the range is
     * numbered too); else above the axis's end, left of the tip; else below it (the solver chooses,
     * keeping it off the numbers, the arrowhead and the frame's edge).
     */
    private void xLabel(String label, double tipX, double axisY, double lastNumberRight, Color color) {
        double unit = projection.unit();
        double beyond = Math.max(tipX + 0.15 * unit, lastNumberRight + 0.15 * unit);
        text.label(label, java.util.List.of(
                new LabelPlaces.Spot(beyond, axisY, -1, 0),
                new LabelPlaces.Spot(tipX, axisY - 0.22 * unit, 1, 1),
                new LabelPlaces.Spot(tipX, axisY + 0.22 * unit, 1, -1),
                new LabelPlaces.Spot(tipX - 0.3 * unit, axisY - 0.22 * unit, 1, 1),
                new LabelPlaces.Spot(tipX, axisY - 0.6 * unit, 1, 1),
                new LabelPlaces.Spot(tipX, axisY - 1.0 * unit, 1, 1),
                new LabelPlaces.Spot(beyond, axisY + 0.22 * unit, -1, -1)), color);
    }

    /** Above the tip and the top number (the end of the range is numbered too); else beside the tip, right or left. */
    private void yLabel(String label, double axisX, double tipY, double topNumberTop, Color color) {
        double unit = projection.unit();
        double bottom = Math.min(tipY - 0.12 * unit, topNumberTop - 0.15 * unit);
        text.label(label, java.util.List.of(
                new LabelPlaces.Spot(axisX, bottom, 0, 1),
                new LabelPlaces.Spot(axisX + 0.25 * unit, tipY, -1, -1),
                new LabelPlaces.Spot(axisX - 0.25 * unit, tipY, 1, -1),
                new LabelPlaces.Spot(axisX + 0.25 * unit, tipY + 0.4 * unit, -1, -1)), color);
    }

    private void grid(Figure.Axes axes, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke((float) (0.012 * projection.unit())));
        Path2D.Double lines = new Path2D.Double();
        for (double x : ticks(axes.xMin(), axes.xMax(), xNumbers(axes), false)) {
            lines.moveTo(projection.px(x), projection.py(axes.yMin()));
            lines.lineTo(projection.px(x), projection.py(axes.yMax()));
        }
        for (double y : ticks(axes.yMin(), axes.yMax(), yNumbers(axes), false)) {
            lines.moveTo(projection.px(axes.xMin()), projection.py(y));
            lines.lineTo(projection.px(axes.xMax()), projection.py(y));
        }
        g.draw(lines);
    }

    void numberLine(Figure.NumberLine line, Style style, Color color, double reveal) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(projection.px(line.min()), projection.py(0));
        path.lineTo(projection.px(line.max()), projection.py(0));
        geometry.stroke(path, style, color, reveal);
        double finish = clamp((reveal - 0.6) / 0.4, 0, 1);
        if (finish <= 0) {
            return;
        }
        Color faded = Palette.withAlpha(color, color.getAlpha() / 255.0 * finish);
        g.setColor(faded);
        g.setStroke(geometry.stroke(style));
        double tick = 0.12 * projection.unit();
        AxisNumbers numbers = AxisNumbers.of(line.min(), line.max(), line.step(),
                (line.max() - line.min()) * projection.screen().scaleX(), true);
        for (double x : numbers.values(line.min(), line.max())) {
            double px = projection.px(x);
            g.draw(new Line2D.Double(px, projection.py(0) - tick, px, projection.py(0) + tick));
            text.number(numbers.written(x), new Point2D.Double(px, projection.py(0) + 0.42 * projection.unit()), 0, 0,
                    faded);
        }
        double head = 0.2 * projection.unit();
        arrowHead(projection.px(line.max()), projection.py(0), 1, 0, head);
        arrowHead(projection.px(line.min()), projection.py(0), -1, 0, head);
    }

    /** The x axis's ticks and numbers: its own step, or one chosen for its length on screen. */
    private AxisNumbers xNumbers(Figure.Axes axes) {
        return AxisNumbers.of(axes.xMin(), axes.xMax(), axes.x().step(),
                (axes.xMax() - axes.xMin()) * projection.screen().scaleX(), true);
    }

    private AxisNumbers yNumbers(Figure.Axes axes) {
        return AxisNumbers.of(axes.yMin(), axes.yMax(), axes.y().step(),
                (axes.yMax() - axes.yMin()) * projection.screen().scaleY(), false);
    }

    /**
     * Multiples of the step inside the range, the end of the range among them, leaving out 0
     * (where the axes cross) and, with arrow tips, any but the end in the last fifth of a step
     * before a tip (its number would sit against the arrowhead).
     */
    private static double[] ticks(double min, double max, AxisNumbers numbers, boolean tips) {
        double step = numbers.step();
        return java.util.Arrays.stream(numbers.values(min, max))
                .filter(v -> Math.abs(v) > step * 1e-6)
                .filter(v -> !tips || v >= max - step * 1e-6 || v <= max - step * 0.2).toArray();
    }

    /**
     * The numbers an axis is numbered at: its ticks', or, with {@code numbers every 2}, a step of
     * their own (written with that step's decimals).
     */
    private static AxisNumbers numberedEvery(org.lessonstudio.dsl.model.Axis axis, AxisNumbers ticks, boolean across) {
        double every = axis.numberStep();
        if (every <= 0 || Math.abs(every - ticks.step()) < 1e-12) {
            return ticks;
        }
        return AxisNumbers.of(axis.min(), axis.max(), every, 1, across);
    }

    /**
     * Whether a tick is inside the frame: a number whose tick a camera has left outside is not
     * drawn (kept inside the frame, it would pile up against the edge with the others).
     */
    private boolean onFrame(double x, double y) {
        return x >= 0 && x <= projection.width() && y >= 0 && y <= projection.height();
    }

    private void arrowHead(double x, double y, double dx, double dy, double size) {
        Path2D.Double head = new Path2D.Double();
        head.moveTo(x + dx * size * 0.4, y + dy * size * 0.4);
        head.lineTo(x - dx * size * 0.6 - dy * size * 0.45, y - dy * size * 0.6 + dx * size * 0.45);
        head.lineTo(x - dx * size * 0.6 + dy * size * 0.45, y - dy * size * 0.6 - dx * size * 0.45);
        head.closePath();
        g.fill(head);
        text.places().obstacle(head.getBounds2D());
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
