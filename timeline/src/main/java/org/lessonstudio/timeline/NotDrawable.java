package org.lessonstudio.timeline;

import java.util.Locale;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.dsl.source.Span;

/**
 * A number worked out for a frame is infinite or no number at all ({@code 1 / t} when {@code t}
 * is animated through 0, {@code sqrt(t - 1)} before {@code t} reaches 1). Thrown by the
 * evaluator where a calculation on finite numbers first gives one, and given the lesson line it
 * belongs to on the way out (the innermost object or value being worked out), so a command stops
 * with a positioned mistake instead of drawing nothing, or garbage, silently. The check time
 * catches whatever is fixed; this is what only a frame can show.
 *
 * <p>Curve formulas are exempt: {@code y = 1 / x} has a gap at 0, and the curve is drawn with it.
 */
public final class NotDrawable extends RuntimeException {

    private final double value;
    private final double sceneTime;
    private final Span span;
    private final String what;
    private final SourceFile source;

    NotDrawable(double value, double sceneTime) {
        this(value, sceneTime, null, null, null);
    }

    private NotDrawable(double value, double sceneTime, Span span, String what, SourceFile source) {
        super(null, null, false, false);
        this.value = value;
        this.sceneTime = sceneTime;
        this.span = span;
        this.what = what;
        this.source = source;
    }

    /** The same, placed at the definition being worked out, unless an inner one was found first. */
    NotDrawable at(Span where, String name) {
        return span != null || where == null ? this : new NotDrawable(value, sceneTime, where, name, source);
    }

    /** The same, with the lesson file it is in. */
    NotDrawable in(SourceFile file) {
        return source != null ? this : new NotDrawable(value, sceneTime, span, what, file);
    }

    /** The lesson file the mistake is in (known once it has left the timeline). */
    public SourceFile source() {
        return source;
    }

    /** Whether the lesson line is known. */
    public boolean placed() {
        return span != null;
    }

    @Override
    public String getMessage() {
        return (what == null ? "a number" : what) + " works out to " + value + " at " + sceneTime + " s into its scene";
    }

    /** The mistake as a teacher reads it, positioned in the lesson's text. */
    public Diagnostic diagnostic(SourceFile file) {
        Diagnostics diagnostics = new Diagnostics(file);
        String amount = Double.isNaN(value) ? "no number at all" : value > 0 ? "infinity" : "minus infinity";
        diagnostics.error(span == null ? Span.at(0) : span, "frame.not-finite",
                String.format(Locale.ROOT, "%.2f", sceneTime), what == null ? "a number" : what, amount);
        return diagnostics.sorted().get(0);
    }
}
