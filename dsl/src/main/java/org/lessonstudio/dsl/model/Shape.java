package org.lessonstudio.dsl.model;

import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.source.Span;

/**
 * An object a scene can show. Objects start hidden; actions reveal, write, fade and hide them.
 * Their geometry is given by expressions, re-evaluated for every frame, so a point defined on a
 * circle at angle {@code t} moves whenever {@code t} is animated.
 */
public sealed interface Shape {

    String name();

    Style style();

    /** Where the object is defined, for messages. */
    Span span();

    /** The words it shows on screen in the lesson's fonts (for the check that every letter can be drawn). */
    default List<String> writing() {
        return List.of();
    }

    /** The given words without the missing (null) or empty ones: a label or subtitle may be left out. */
    static List<String> shown(String... words) {
        return java.util.Arrays.stream(words).filter(w -> w != null && !w.isEmpty()).toList();
    }

    /** Calls the visitor's method for this kind of object. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of object: whatever implements this (building a figure from an object,
     * for one) stops compiling until a new kind is handled.
     */
    interface Visitor<R> {
        R axes(Axes s);

        R numberLine(NumberLine s);

        R circle(Circle s);

        R ellipse(Ellipse s);

        R arc(Arc s);

        R point(Point s);

        R line(Line s);

        R polygon(Polygon s);

        R angle(Angle s);

        R curve(Curve s);

        R area(Area s);

        R brace(Brace s);

        R text(Text s);

        R readout(Readout s);

        R tex(Tex s);

        R table(Table s);

        R image(Image s);

        R title(Title s);

        R footage(Footage s);

        R barChart(BarChart s);

        R region(Region s);

        R heatMap(HeatMap s);

        R frame(Frame s);

        R magnifier(Magnifier s);
    }


    /**
     * The coordinate system of the scene: {@code axes xy: x from -1.5 to 7.5, y from -1.5 to 1.5}.
     * A {@code plane} is axes with a grid.
     *
     * @param width     how wide the axes are on screen, in screen units, or 0: then one unit is the
     *                  same length on both axes and the ranges fill the frame
     * @param height    how tall, likewise
     * @param gridColor the grid's colour, or null for the axes' own, faded
     * @param tips      whether the axes end in arrowheads
     */
    record Axes(String name, Axis x, Axis y, double width, double height, boolean grid, ColorName gridColor,
                boolean tips, Style style, Span span) implements Shape {
        @Override
        public List<String> writing() {
            return shown(x.label(), y.label());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.axes(this);
        }

        public double xMin() {
            return x.min();
        }

        public double xMax() {
            return x.max();
        }

        public double yMin() {
            return y.min();
        }

        public double yMax() {
            return y.max();
        }
    }

    /** A number line along the x axis, with a tick (and number) every {@code step} ({@link Axis#CHOSEN} to choose one). */
    record NumberLine(String name, double min, double max, double step, boolean numbers, Style style, Span span)
            implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.numberLine(this);
        }
    }

    record Circle(String name, Expr center, Expr radius, Style style, Span span) implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.circle(this);
        }
    }

    /** An ellipse with its axes along x and y; {@code width} and {@code height} are its full sizes. */
    record Ellipse(String name, Expr center, Expr width, Expr height, Style style, Span span) implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ellipse(this);
        }
    }

    /** Part of a circle from one angle to another, counter-clockwise; a sector is filled to the centre. */
    record Arc(String name, Expr center, Expr radius, Expr from, Expr to, boolean sector, Style style, Span span)
            implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.arc(this);
        }
    }

    /** A dot, at a point or on a circle at an angle; {@code label} may be empty. */
    record Point(String name, Expr position, String label, Style style, Span span) implements Shape {
        @Override
        public List<String> writing() {
            return shown(label);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.point(this);
        }
    }

    /** A straight line between two points: a segment, a ray (through the second, on to the edge), an arrow. */
    record Line(String name, Expr from, Expr to, LineKind kind, Style style, Span span) implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.line(this);
        }
    }

    /** A closed shape through its corners: polygons, regular polygons, rectangles, squares. */
    record Polygon(String name, List<Expr> corners, Style style, Span span) implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.polygon(this);
        }

        public Polygon {
            corners = List.copyOf(corners);
        }
    }

    /** An angle mark at {@code vertex}, turning counter-clockwise from one arm to the other. */
    record Angle(String name, Expr vertex, Direction from, Direction to, double radius, String label, boolean right,
                 Style style, Span span) implements Shape {
        @Override
        public List<String> writing() {
            return shown(label);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.angle(this);
        }
    }

    /**
     * A curve traced by a parameter running {@code from} → {@code to}: {@code y = f(x)}, the
     * parametric {@code x = f(t), y = g(t)}, or the polar {@code r = f(θ)}. The formulas use the
     * parameter as {@link Expr.CurveVariable}; the ends may move with values.
     */
    record Curve(String name, CurveForm form, Expr x, Expr y, Expr from, Expr to, Style style, Span span)
            implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.curve(this);
        }
    }

    /**
     * The region under a curve (down to y = 0) or between two curves, shaded; {@code from} and
     * {@code to} narrow it (null: the curves' own range).
     */
    record Area(String name, String upper, String lower, Expr from, Expr to, Style style, Span span)
            implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.area(this);
        }
    }

    /** A curly brace along {@code from} → {@code to}, on the right-hand side of that direction, with a label. */
    record Brace(String name, Expr from, Expr to, String label, Style style, Span span) implements Shape {
        @Override
        public List<String> writing() {
            return shown(label);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.brace(this);
        }
    }

    /** Plain text; {@code size} is the letter height in screen units. */
    record Text(String name, String text, Placement placement, double size, Style style, Span span)
            implements Shape {
        @Override
        public List<String> writing() {
            return shown(text);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    /** A live number: the value of an expression, shown as it changes ({@code number n: t, decimals 2}). */
    record Readout(String name, Expr value, int decimals, String prefix, String suffix, Placement placement,
                   double size, Style style, Span span) implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.readout(this);
        }
    }

    /**
     * A formula in LaTeX, typeset without a TeX installation. {@code parts} colours the places where
     * a piece of the formula appears ({@code color "\theta" teal}).
     */
    record Tex(String name, String tex, Placement placement, double size, Map<String, ColorName> parts, Style style,
               Span span) implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.tex(this);
        }

        public Tex {
            parts = Map.copyOf(parts);
        }
    }

    /** A table of values of {@code y} for x from {@code from} to {@code to} every {@code step}. */
    record Table(String name, Expr from, Expr to, Expr step, Expr y, int decimals, Placement placement, double size,
                 Style style, Span span) implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }
    }

    /** A picture from a file beside the lesson: SVG (kept as vectors), PNG or JPEG. */
    record Image(String name, java.nio.file.Path file, Placement placement, double size, Style style, Span span)
            implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.image(this);
        }
    }

    /**
     * A magnified picture of a small part of the scene, shown in a framed box of its own
     * ({@code magnifier m: center (-2, 2), size 2 by 0.4, zoom 3, shown at top right}): the part,
     * {@code width} by {@code height} scene units about {@code center}, is marked by a frame on the
     * scene in the style's colour, and painted again {@code zoom} times larger where {@code shown}
     * says, framed in {@code border}. Moving the magnifier moves the part it shows.
     */
    record Magnifier(String name, Expr center, double width, double height, double zoom, Placement shown,
                     ColorName border, Style style, Span span) implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.magnifier(this);
        }
    }

    /**
     * A box drawn around an object ({@code box b: around law}) or around one part of a formula,
     * found by its TeX ({@code box b: around "\\frac{d}{dx}" in law}); {@code part} is null for
     * the whole object.
     */
    record Frame(String name, String part, String target, Style style, Span span) implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.frame(this);
        }
    }

    /**
     * A picture whose colour at each point comes from a number there: {@code value} a formula in
     * the point's {@code x} and {@code y}, or {@code row} numbers spread evenly from the left edge
     * to the right (one of the two is null or empty). The numbers from {@code low} to {@code high}
     * (null: the smallest and largest shown) run through {@code colors}; {@code legend} is the
     * colour bar's title (null: no bar, "": a bar without a title). {@code extent} is the part of
     * the plane it covers (null: all the scene shows).
     */
    record HeatMap(String name, Expr value, List<Expr> row, Extent extent, List<ColorName> colors, Expr low,
                   Expr high, String legend, Style style, Span span) implements Shape {
        public HeatMap {
            row = List.copyOf(row);
            colors = List.copyOf(colors);
        }

        @Override
        public List<String> writing() {
            return shown(legend);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.heatMap(this);
        }
    }

    /** A rectangle of the plane, {@code x from xMin to xMax, y from yMin to yMax}. */
    record Extent(double xMin, double xMax, double yMin, double yMax) { }

    /** How a region is made from two shapes. */
    enum Combine { UNION, INTERSECTION, DIFFERENCE, EXCLUSION }

    /**
     * A shape made from two closed shapes, as they are at each moment: {@code region r: union of a
     * and b}; the {@code intersection} (where both are), the {@code difference} (the first without
     * the second) or the {@code exclusion} (where exactly one is).
     */
    record Region(String name, Combine combine, String first, String second, Style style, Span span)
            implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.region(this);
        }
    }

    /**
     * A bar chart: one bar per value, standing on {@code from} and every {@code step} to the right of
     * it, as tall as its value (so it reads against axes), {@code width} wide, named underneath.
     */
    record BarChart(String name, List<Expr> values, Expr from, double step, double width, List<String> names,
                    Style style, Span span) implements Shape {
        public BarChart {
            values = List.copyOf(values);
            names = List.copyOf(names);
        }

        @Override
        public List<String> writing() {
            return names;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.barChart(this);
        }
    }

    /** A title card: large centred text, with an optional subtitle. */
    record Title(String name, String text, String subtitle, Style style, Span span) implements Shape {
        @Override
        public List<String> writing() {
            return shown(text, subtitle);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.title(this);
        }
    }

    /**
     * A shot described in words ({@code footage "A Ferris wheel at dusk" for 4s}), to be made by a
     * video generator or found in a library, and blended with the drawing.
     *
     * @param prompt   the teacher's description of the shot
     * @param look     how it should look, from {@code style "…"} ("watercolour", "documentary"), or empty
     * @param shot     how the camera films it ("slow push in", "still"), or empty
     * @param mood     its feeling ("calm", "curious"), or empty
     * @param framing  where it sits, how it fills its place, how it comes and goes, how it fits its length
     * @param provider where to get it first ({@code from library}), or empty for the lesson's order
     */
    record Footage(String name, String prompt, String look, String shot, String mood, Framing framing,
                   String provider, Style style, Span span) implements Shape {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.footage(this);
        }
    }

    /** How a shot is shown: {@code blend}, {@code fit}, {@code transition} and {@code timing}. */
    record Framing(Blend blend, Fit fit, Transition transition, Timing timing) {
        public static final Framing DEFAULT = new Framing(Blend.FULL, Fit.COVER, Transition.CUT, Timing.LOOP);
    }

    /**
     * Where footage sits: the whole frame; behind the maths (dimmed so strokes stay clear); a
     * picture in a corner beside the maths; or the left half of a split screen.
     */
    enum Blend { FULL, BEHIND, PICTURE, SPLIT }

    /** How footage fills its place: all of it covered (edges cropped), or all of the clip shown (bars). */
    enum Fit { COVER, CONTAIN }

    /** How footage comes and goes: at once, fading through the drawing, through black, or wiped across. */
    enum Transition { CUT, CROSSFADE, DIP, WIPE }

    /** A clip shorter or longer than its place: played from the start and looped, or slowed or sped to fit. */
    enum Timing { LOOP, STRETCH }

    enum LineKind { SEGMENT, RAY, ARROW }

    enum CurveForm { EXPLICIT, PARAMETRIC, POLAR }
}
