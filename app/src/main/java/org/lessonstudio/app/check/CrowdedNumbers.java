package org.lessonstudio.app.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.diag.Numbers;
import org.lessonstudio.dsl.model.Axis;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.source.Span;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.AxisNumbers;
import org.lessonstudio.timeline.frame.Screen;

/**
 * Whether the numbers along numbered axes and number lines can be read: a {@code step} the lesson gives that puts
 * them so close on screen that they run into each other (a grey smear under the axis) is a
 * warning at that step, with a step that reads well to try. Without a step one is chosen that
 * reads well ({@link AxisNumbers}), so only a given step can crowd.
 */
public final class CrowdedNumbers {

    private static final Pattern STEP = Pattern.compile("\\bstep\\b[^,\\n]*");

    private CrowdedNumbers() {
    }

    public static void check(Timeline timeline, Diagnostics into) {
        double aspect = timeline.lesson().video().width() / (double) timeline.lesson().video().height();
        for (ScenePlan plan : timeline.scenes()) {
            Screen screen = new Screen(plan.viewport(), aspect);
            for (Shape shape : plan.scene().shapes()) {
                if (shape instanceof Shape.NumberLine line && line.step() != Axis.CHOSEN) {
                    double length = (line.max() - line.min()) * screen.scaleX();
                    if (AxisNumbers.of(line.min(), line.max(), line.step(), length, true)
                            .crowded(line.min(), line.max(), length, true)) {
                        double better = AxisNumbers.of(line.min(), line.max(), Axis.CHOSEN, length, true).step();
                        into.warning(stepClause(timeline.lesson().source().text(), line.span()), "axes.crowded",
                                "number line", number(line.step()), "step " + number(better));
                    }
                }
            }
            Shape.Axes axes = plan.scene().axes();
            if (axes == null) {
                continue;
            }
            Axis x = axes.x();
            Axis y = axes.y();
            boolean xCrowded = crowded(x, x.length() * screen.scaleX(), true);
            boolean yCrowded = crowded(y, y.length() * screen.scaleY(), false);
            if (!xCrowded && !yCrowded) {
                continue;
            }
            double xTry = xCrowded ? AxisNumbers.of(x.min(), x.max(), Axis.CHOSEN, x.length() * screen.scaleX(), true)
                    .step() : x.step();
            double yTry = yCrowded ? AxisNumbers.of(y.min(), y.max(), Axis.CHOSEN, y.length() * screen.scaleY(), false)
                    .step() : y.step();
            String which = xCrowded && yCrowded ? "x and y axes" : xCrowded ? "x axis" : "y axis";
            double crowdedStep = xCrowded ? numbered(x) : numbered(y);
            String suggestion = xTry == yTry ? "step " + number(xTry) : "step " + number(xTry) + " and " + number(yTry);
            into.warning(stepClause(timeline.lesson().source().text(), axes.span()), "axes.crowded", which,
                    number(crowdedStep), suggestion);
        }
    }

    /** A given step whose numbers, shown, touch on screen. */
    private static boolean crowded(Axis axis, double length, boolean across) {
        double every = numbered(axis);
        return axis.numbers() && every != Axis.CHOSEN
                && AxisNumbers.of(axis.min(), axis.max(), every, length, across)
                        .crowded(axis.min(), axis.max(), length, across);
    }

    /** The step an axis is numbered at: its own ({@code numbers every 2}) or its ticks'. */
    private static double numbered(Axis axis) {
        return axis.numberStep() != Axis.CHOSEN ? axis.numberStep() : axis.step();
    }

    /** The {@code step …} part of the definition, or the whole definition if it cannot be found. */
    private static Span stepClause(String text, Span definition) {
        Matcher m = STEP.matcher(text).region(definition.start(), Math.min(text.length(), definition.end()));
        return m.find() ? new Span(m.start(), m.end()) : definition;
    }

    private static String number(double v) {
        return Numbers.shown(v);
    }
}
