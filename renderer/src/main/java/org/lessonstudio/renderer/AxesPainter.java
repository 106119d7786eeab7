package org.lessonstudio.renderer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.timeline.frame.Figure;

/**
 * Axes, planes (axes with a grid) and number lines: lines, arrows, ticks, numbers and labels.
 * Numbers keep a gap from their ticks (an x number under its tick, a y number ending left of it);
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
        for (double x : ticks(axes.xMin(), axes.xMax(), axes.x().step(), axes.tips())) {
            double px = projection.px(x);
            marks.moveTo(px, projection.py(y0) - tick);
            marks.lineTo(px, projection.py(y0) + tick);
        }
        if (axes.x().numbers()) {
            for (double x : numbered(axes.x(), axes.tips())) {
                double px = projection.px(x);
                double below = projection.py(y0) + tick + NUMBER_GAP * unit;
                if (onPicture(px, projection.width())
                        && onPicture(below + text.labelSize(number(x)).getHeight(), projection.height())) {
                    text.number(number(x), new Point2D.Double(px, below), 0, -1, faded);
                }
            }
        }
        for (double y : ticks(axes.yMin(), axes.yMax(), axes.y().step(), axes.tips())) {
            double py = projection.py(y);
            marks.moveTo(projection.px(x0) - tick, py);
            marks.lineTo(projection.px(x0) + tick, py);
        }
        if (axes.y().numbers()) {
            for (double y : numbered(axes.y(), axes.tips())) {
                double py = projection.py(y);
                double left = projection.px(x0) - tick - NUMBER_GAP * unit;
                if (onPicture(py, projection.height())
                        && onPicture(left - text.labelSize(number(y)).getWidth(), projection.width())) {
                    text.number(number(y), new Point2D.Double(left, py), 1, 0, faded);
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
        if (!axes.x().label().isEmpty() && onPicture(projection.px(axes.xMax()), projection.width())
                && onPicture(projection.py(y0), projection.height())) {
            xLabel(axes.x().label(), projection.px(axes.xMax()) + 0.4 * head, projection.py(y0), faded);
        }
        if (!axes.y().label().isEmpty() && onPicture(projection.py(axes.yMax()), projection.height())
                && onPicture(projection.px(x0), projection.width())) {
            yLabel(axes.y().label(), projection.px(x0), projection.py(axes.yMax()) - 0.4 * head, faded);
        }
    }

    /**
     * Beyond the tip, on the axis's line; else above the axis's end, left of the tip; else below
     * it (left to the solver, which keeps it off the numbers and the arrowhead).
     */
    private void xLabel(String label, double tipX, double axisY, Color color) {
        double unit = projection.unit();
        text.label(label, java.util.List.of(
                new LabelPlaces.Spot(tipX + 0.15 * unit, axisY, -1, 0),
                new LabelPlaces.Spot(tipX, axisY - 0.22 * unit, 1, 1),
                new LabelPlaces.Spot(tipX, axisY + 0.22 * unit, 1, -1),
                new LabelPlaces.Spot(tipX - 0.3 * unit, axisY - 0.22 * unit, 1, 1),
                new LabelPlaces.Spot(tipX, axisY - 0.6 * unit, 1, 1),
                new LabelPlaces.Spot(tipX, axisY - 1.0 * unit, 1, 1),
                new LabelPlaces.Spot(tipX + 0.15 * unit, axisY + 0.22 * unit, -1, -1)), color);
    }

    /** Above the tip; else beside the tip, to its right; else to its left. */
    private void yLabel(String label, double axisX, double tipY, Color color) {
        double unit = projection.unit();
        text.label(label, java.util.List.of(
                new LabelPlaces.Spot(axisX, tipY - 0.12 * unit, 0, 1),
                new LabelPlaces.Spot(axisX + 0.25 * unit, tipY, -1, -1),
                new LabelPlaces.Spot(axisX - 0.25 * unit, tipY, 1, -1),
                new LabelPlaces.Spot(axisX + 0.25 * unit, tipY + 0.4 * unit, -1, -1)), color);
    }

    private void grid(Figure.Axes axes, Color color) {
        g.setColor(color);
        g.setStroke(new BasicStroke((float) (0.012 * projection.unit())));
        Path2D.Double lines = new Path2D.Double();
        for (double x : ticks(axes.xMin(), axes.xMax(), axes.x().step(), false)) {
            lines.moveTo(projection.px(x), projection.py(axes.yMin()));
            lines.lineTo(projection.px(x), projection.py(axes.yMax()));
        }
        for (double y : ticks(axes.yMin(), axes.yMax(), axes.y().step(), false)) {
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
        for (double x : ticksIncludingZero(line.min(), line.max(), line.step())) {
            double px = projection.px(x);
            g.draw(new Line2D.Double(px, projection.py(0) - tick, px, projection.py(0) + tick));
            text.number(number(x), new Point2D.Double(px, projection.py(0) + 0.42 * projection.unit()), 0, 0, faded);
        }
        double head = 0.2 * projection.unit();
        arrowHead(projection.px(line.max()), projection.py(0), 1, 0, head);
        arrowHead(projection.px(line.min()), projection.py(0), -1, 0, head);
    }

    /**
     * Multiples of the step inside the range, leaving out 0 (where the axes cross) and, with
     * arrow tips, the last fifth of a step before each tip.
     */
    private static double[] ticks(double min, double max, double step, boolean tips) {
        return java.util.Arrays.stream(ticksIncludingZero(min, tips ? max - step * 0.2 : max, step))
                .filter(v -> Math.abs(v) > step * 1e-6).toArray();
    }

    /**
     * Where an axis's numbers go: multiples of its number step, leaving out 0 and, with arrow tips,
     * the last fifth of a tick's step before each tip (as the ticks do).
     */
    private static double[] numbered(org.lessonstudio.dsl.model.Axis axis, boolean tips) {
        double every = axis.numberStep();
        return java.util.Arrays.stream(ticksIncludingZero(axis.min(), tips ? axis.max() - axis.step() * 0.2
                : axis.max(), every)).filter(v -> Math.abs(v) > every * 1e-6).toArray();
    }

    private static double[] ticksIncludingZero(double min, double max, double step) {
        long first = (long) Math.ceil(min / step - 1e-9);
        long last = (long) Math.floor(max / step + 1e-9);
        if (last - first > 400) {
            return new double[0];
        }
        double[] out = new double[(int) Math.max(0, last - first + 1)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (first + i) * step;
        }
        return out;
    }

    /** A tick's number as a teacher writes it: 2, 0.5, −1.5 (no 2.0000000001). */
    private static String number(double v) {
        String s = new BigDecimal(v).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") ? "0" : s.replace('-', '\u2212');
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

    /**
     * Whether a tick or a tip is on the picture: one the camera has left outside gets no number or
     * label (writing is kept inside the frame, so it would otherwise pile up at the edge).
     */
    private static boolean onPicture(double pixel, int size) {
        return pixel >= -0.5 && pixel <= size + 0.5;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
