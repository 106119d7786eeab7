package org.lessonstudio.timeline.frame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.lessonstudio.dsl.model.Axis;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Placement;
import org.lessonstudio.dsl.model.ScreenPlace;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.source.Span;

/**
 * The geometry of one object at one moment, fully worked out: no expressions, no time. Positions
 * are in the scene's coordinates; sizes of writing are in screen units (the frame is 9 units tall).
 *
 * <p>Every kind of figure answers the same questions, so the compiler lists every place a new
 * kind must be handled: how it is built from its object ({@link #of}), how it moves
 * ({@link #moved}), the box it takes ({@link #box}), the point that stands for it
 * ({@link #reference}), its outline ({@link #outline}), its named points and measures
 * ({@link #point}, {@link #measure}), what lines it crosses as ({@link #crossing}) and where it is
 * drawn among the others ({@link #layer}). The painter draws each kind in one exhaustive switch.
 */
public sealed interface Figure {

    /** The figure of an object at a moment, worked out from the values then. */
    static Figure of(Shape shape, Values at) {
        return shape.accept(new Build(at));
    }

    /** Calls the visitor's method for this kind of figure (the painter is one). */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of figure: whatever implements this (the painter, the outline of a
     * morph) stops compiling until a new kind is handled.
     */
    interface Visitor<R> {
        R axes(Axes f);

        R numberLine(NumberLine f);

        R circle(Circle f);

        R ellipse(Ellipse f);

        R arc(Arc f);

        R dot(Dot f);

        R segment(Segment f);

        R polygon(Polygon f);

        R angleMark(AngleMark f);

        R polyline(Polyline f);

        R area(Area f);

        R brace(Brace f);

        R text(Text f);

        R tex(Tex f);

        R table(Table f);

        R image(Image f);

        R title(Title f);

        R footage(Footage f);

        R morph(Morph f);

        R barChart(BarChart f);

        R region(Region f);

        R heatMap(HeatMap f);

        R warped(Warped f);

        R frame(Frame f);

        R magnifier(Magnifier f);
    }

    /** How each kind of object becomes its figure. */
    final class Build implements Shape.Visitor<Figure> {

        private final Values at;

        Build(Values at) {
            this.at = at;
        }

        @Override
        public Figure axes(Shape.Axes a) {
            // A step the lesson leaves out is chosen for the scene's own frame, not a camera's view of it.
            Screen screen = at.screen();
            return new Axes(AxisNumbers.stepped(a.x(), a.x().length() * screen.scaleX(), true),
                    AxisNumbers.stepped(a.y(), a.y().length() * screen.scaleY(), false), a.grid(), a.gridColor(),
                    a.tips());
        }

        @Override
        public Figure numberLine(Shape.NumberLine n) {
            return new NumberLine(n.min(), n.max(), AxisNumbers.of(n.min(), n.max(), n.step(),
                    (n.max() - n.min()) * at.screen().scaleX(), true).step());
        }

        @Override
        public Figure circle(Shape.Circle c) {
            return new Circle(at.point(c.center()), at.number(c.radius()));
        }

        @Override
        public Figure ellipse(Shape.Ellipse e) {
            return new Ellipse(at.point(e.center()), at.number(e.width()) / 2, at.number(e.height()) / 2);
        }

        @Override
        public Figure arc(Shape.Arc a) {
            double from = at.number(a.from());
            return new Arc(at.point(a.center()), at.number(a.radius()), from, at.number(a.to()) - from, a.sector());
        }

        @Override
        public Figure point(Shape.Point p) {
            return new Dot(at.point(p.position()), p.label());
        }

        @Override
        public Figure line(Shape.Line l) {
            return Building.line(l, at);
        }

        @Override
        public Figure polygon(Shape.Polygon p) {
            return new Polygon(p.corners().stream().map(at::point).toList());
        }

        @Override
        public Figure angle(Shape.Angle a) {
            return Building.angle(a, at);
        }

        @Override
        public Figure curve(Shape.Curve c) {
            return new Polyline(Building.sample(c, at, at.number(c.from()), at.number(c.to())));
        }

        @Override
        public Figure area(Shape.Area a) {
            return Building.area(a, at);
        }

        @Override
        public Figure brace(Shape.Brace b) {
            return new Brace(at.point(b.from()), at.point(b.to()), b.label());
        }

        @Override
        public Figure text(Shape.Text t) {
            return new Text(t.text(), Building.anchor(t.placement(), at), t.size());
        }

        @Override
        public Figure readout(Shape.Readout r) {
            return new Text(Building.readout(r, at), Building.anchor(r.placement(), at), r.size());
        }

        @Override
        public Figure tex(Shape.Tex t) {
            return new Tex(t.tex(), Building.anchor(t.placement(), at), t.size(), t.parts());
        }

        @Override
        public Figure table(Shape.Table t) {
            return Building.table(t, at);
        }

        @Override
        public Figure image(Shape.Image i) {
            return new Image(i.file(), Building.anchor(i.placement(), at), i.size());
        }

        @Override
        public Figure title(Shape.Title t) {
            return new Title(t.text(), t.subtitle());
        }

        @Override
        public Figure footage(Shape.Footage f) {
            return new Footage(f.prompt(), f.framing(), 0, 0, f.span());
        }

        @Override
        public Figure frame(Shape.Frame f) {
            return new Frame(at.figure(f.target()), f.part());
        }

        public Figure magnifier(Shape.Magnifier m) {
            return new Magnifier(at.point(m.center()), m.width(), m.height(), m.zoom(),
                    Building.anchor(m.shown(), at), m.border(), at.screen().scaleX(), at.screen().scaleY());
        }

        @Override
        public Figure region(Shape.Region r) {
            return new Region(r.combine(), at.figure(r.first()).outline(), at.figure(r.second()).outline());
        }

        @Override
        public Figure heatMap(Shape.HeatMap h) {
            return Building.heatMap(h, at);
        }

        @Override
        public Figure barChart(Shape.BarChart b) {
            Vec foot = at.point(b.from());
            List<List<Vec>> bars = new ArrayList<>();
            List<Vec> feet = new ArrayList<>();
            for (int i = 0; i < b.values().size(); i++) {
                Vec middle = foot.plus(new Vec(i * b.step(), 0));
                double h = at.number(b.values().get(i));
                double half = b.width() / 2;
                bars.add(List.of(middle.plus(new Vec(-half, 0)), middle.plus(new Vec(half, 0)),
                        middle.plus(new Vec(half, h)), middle.plus(new Vec(-half, h))));
                feet.add(middle);
            }
            return new BarChart(bars, feet, b.names());
        }
    }

    /** The figure moved, turned and resized: shapes keep their kind where they can. */
    Figure moved(Affine m);

    /** The box it takes in the scene (writing's is estimated from its letters); empty when it has no place. */
    Box box(Screen screen);

    /**
     * The point that stands for it when it moves or turns: a dot's position, a round shape's
     * centre, writing's anchor, otherwise the middle of its box.
     */
    default Vec reference(Screen screen) {
        return box(screen).middle();
    }

    /** Its outline as one run of points (to move along it); empty when it has none. */
    default List<Vec> outline() {
        return List.of();
    }

    /** A named point of it ({@code s.end}, {@code c.center}), or empty when it has none such. */
    default Optional<Vec> point(Expr.Anchor anchor) {
        return Optional.empty();
    }

    /** A measure of it ({@code c.radius}, {@code s.length}), or empty when it has none such. */
    default OptionalDouble measure(Expr.Measure measure) {
        return OptionalDouble.empty();
    }

    /** What it is when two figures' crossings are found. */
    default Crossing crossing() {
        return new Crossing.None();
    }

    /** Whether it is a line of writing or a formula (a morph slides its glyphs). */
    default boolean isWriting() {
        return false;
    }

    /** Lines and curves first (0), points over them (1), writing over everything (2); fills under (-1). */
    default int layer() {
        return 0;
    }

    /** How a figure takes part in crossings: as a whole straight line, a circle, or a run of pieces. */
    sealed interface Crossing {
        record Line(Vec from, Vec to) implements Crossing { }

        record Round(Vec center, double radius) implements Crossing { }

        record Pieces(List<List<Vec>> runs) implements Crossing { }

        record None() implements Crossing { }
    }

    /** Axes (and planes): each axis's range, ticks, numbers and label; a grid when {@code grid}; arrowheads when {@code tips}. */
    record Axes(Axis x, Axis y, boolean grid, ColorName gridColor, boolean tips) implements Figure {
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

        @Override
        public Figure moved(Affine m) {
            return this; // a coordinate system stays where it is
        }

        @Override
        public Box box(Screen screen) {
            return Box.around(List.of(new Vec(xMin(), yMin()), new Vec(xMax(), yMax())));
        }

        @Override
        public Optional<Vec> point(Expr.Anchor anchor) {
            return Optional.of(Vec.ZERO);
        }
    }

    /** A number line along y = 0 from {@code min} to {@code max}, numbered every {@code step}. */
    record NumberLine(double min, double max, double step) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.numberLine(this);
        }

        @Override
        public Figure moved(Affine m) {
            return this;
        }

        @Override
        public Box box(Screen screen) {
            return Box.around(List.of(new Vec(min, 0), new Vec(max, 0)));
        }
    }

    record Circle(Vec center, double radius) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.circle(this);
        }

        @Override
        public Figure moved(Affine m) {
            return new Circle(m.apply(center), radius * m.scaleFactor());
        }

        @Override
        public Box box(Screen screen) {
            return Building.box(center, radius, radius);
        }

        @Override
        public Vec reference(Screen screen) {
            return center;
        }

        @Override
        public List<Vec> outline() {
            return Building.round(center, radius, radius, 0, 2 * Math.PI);
        }

        @Override
        public Optional<Vec> point(Expr.Anchor anchor) {
            return Optional.of(center);
        }

        @Override
        public OptionalDouble measure(Expr.Measure measure) {
            return measure == Expr.Measure.RADIUS ? OptionalDouble.of(radius) : OptionalDouble.empty();
        }

        @Override
        public Crossing crossing() {
            return new Crossing.Round(center, radius);
        }
    }

    /** An ellipse with half-widths {@code rx} and {@code ry} along x and y. */
    record Ellipse(Vec center, double rx, double ry) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ellipse(this);
        }

        @Override
        public Figure moved(Affine m) {
            if (Math.abs(m.rotation()) < 1e-12) {
                return new Ellipse(m.apply(center), rx * m.scaleFactor(), ry * m.scaleFactor());
            }
            List<Vec> outline = outline(); // turned, it is the polygon of its outline
            return new Polygon(outline.subList(0, outline.size() - 1).stream().map(m::apply).toList());
        }

        @Override
        public Box box(Screen screen) {
            return Building.box(center, rx, ry);
        }

        @Override
        public Vec reference(Screen screen) {
            return center;
        }

        @Override
        public List<Vec> outline() {
            return Building.round(center, rx, ry, 0, 2 * Math.PI);
        }

        @Override
        public Optional<Vec> point(Expr.Anchor anchor) {
            return Optional.of(center);
        }
    }

    /** An arc from {@code start} turning {@code sweep} radians; a sector is closed through the centre. */
    record Arc(Vec center, double radius, double start, double sweep, boolean sector) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.arc(this);
        }

        @Override
        public Figure moved(Affine m) {
            return new Arc(m.apply(center), radius * m.scaleFactor(), start + m.rotation(), sweep, sector);
        }

        @Override
        public Box box(Screen screen) {
            return Building.box(center, radius, radius);
        }

        @Override
        public Vec reference(Screen screen) {
            return center;
        }

        @Override
        public List<Vec> outline() {
            return Building.round(center, radius, radius, start, sweep);
        }

        @Override
        public Optional<Vec> point(Expr.Anchor anchor) {
            if (anchor == Expr.Anchor.CENTER) {
                return Optional.of(center);
            }
            double angle = anchor == Expr.Anchor.START ? start : start + sweep;
            return Optional.of(center.plus(new Vec(Math.cos(angle), Math.sin(angle)).times(radius)));
        }

        @Override
        public OptionalDouble measure(Expr.Measure measure) {
            return measure == Expr.Measure.RADIUS ? OptionalDouble.of(radius) : OptionalDouble.empty();
        }
    }

    record Dot(Vec position, String label) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dot(this);
        }

        @Override
        public Figure moved(Affine m) {
            return new Dot(m.apply(position), label);
        }

        @Override
        public Box box(Screen screen) {
            return Box.around(List.of(position));
        }

        @Override
        public Vec reference(Screen screen) {
            return position;
        }

        @Override
        public Optional<Vec> point(Expr.Anchor anchor) {
            return Optional.of(position);
        }

        @Override
        public int layer() {
            return 1;
        }
    }

    /** A straight line; with {@code arrow}, a head at {@code to}. */
    record Segment(Vec from, Vec to, boolean arrow) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.segment(this);
        }

        @Override
        public Figure moved(Affine m) {
            return new Segment(m.apply(from), m.apply(to), arrow);
        }

        @Override
        public Box box(Screen screen) {
            return Box.around(List.of(from, to));
        }

        @Override
        public List<Vec> outline() {
            return List.of(from, to);
        }

        @Override
        public Optional<Vec> point(Expr.Anchor anchor) {
            return Optional.of(switch (anchor) {
                case END -> to;
                case MIDDLE -> from.plus(to).times(0.5);
                default -> from;
            });
        }

        @Override
        public OptionalDouble measure(Expr.Measure measure) {
            return measure == Expr.Measure.LENGTH ? OptionalDouble.of(to.minus(from).length()) : OptionalDouble.empty();
        }

        @Override
        public Crossing crossing() {
            return new Crossing.Line(from, to);
        }
    }

    /**
     * A shape made from two closed outlines (each a run of points, as the shapes are at this
     * moment): their union, intersection, difference or exclusion, worked out when it is painted.
     */
    record Region(Shape.Combine combine, List<Vec> first, List<Vec> second) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.region(this);
        }

        public Region {
            first = List.copyOf(first);
            second = List.copyOf(second);
        }

        @Override
        public Figure moved(Affine m) {
            return new Region(combine, first.stream().map(m::apply).toList(), second.stream().map(m::apply).toList());
        }

        /** The box of what it can cover: both shapes for a union or an exclusion, the first for the others. */
        @Override
        public Box box(Screen screen) {
            List<Vec> all = new ArrayList<>(first);
            if (combine == Shape.Combine.UNION || combine == Shape.Combine.EXCLUSION) {
                all.addAll(second);
            }
            return all.isEmpty() ? Box.EMPTY : Box.around(all);
        }
    }

    /**
     * A box around another figure as it is at this moment, or around one part of a formula
     * ({@code part}, its TeX; null for all of it). Where a part's glyphs are is known only when
     * the formula is typeset, so the painter finds it; the box the timeline knows is the whole
     * figure's.
     */
    record Frame(Figure target, String part) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.frame(this);
        }

        @Override
        public Figure moved(Affine m) {
            return new Frame(target.moved(m), part);
        }

        @Override
        public Box box(Screen screen) {
            return target.box(screen);
        }
    }

    /**
     * A picture made from numbers over the rectangle {@code x from xMin to xMax, y from yMin to
     * yMax}: the number at each point is the field's there, or, when {@code row} is not empty, the
     * row's numbers spread evenly from the left edge to the right and blended between. Numbers from
     * {@code low} to {@code high} run through {@code colors}; a colour bar is drawn beside it when
     * {@code legend} is not null (titled by it). {@code placed} is how it has been moved since.
     */
    record HeatMap(Field field, List<Double> row, double xMin, double xMax, double yMin, double yMax,
                   List<ColorName> colors, double low, double high, String legend, Affine placed) implements Figure {

        /** Room the colour bar and its numbers take to the right of the picture, in screen units. */
        public static final double LEGEND_WIDTH = 1.4;

        public HeatMap {
            row = List.copyOf(row);
            colors = List.copyOf(colors);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.heatMap(this);
        }

        /** The number at each point of the picture as it was made (before it was moved), ready to be worked out at every pixel. */
        public FieldCode.Numbers numbers() {
            if (row.isEmpty()) {
                return field.numbers();
            }
            double[] values = row.stream().mapToDouble(Double::doubleValue).toArray();
            if (values.length == 1) {
                return (x, y) -> values[0];
            }
            return (x, y) -> {
                double at = Math.max(0, Math.min(1, (x - xMin) / (xMax - xMin))) * (values.length - 1);
                int i = Math.min(values.length - 2, (int) Math.floor(at));
                return values[i] + (values[i + 1] - values[i]) * (at - i);
            };
        }

        /** The picture's corners, where it is now. */
        public List<Vec> corners() {
            return List.of(placed.apply(new Vec(xMin, yMin)), placed.apply(new Vec(xMax, yMin)),
                    placed.apply(new Vec(xMax, yMax)), placed.apply(new Vec(xMin, yMax)));
        }

        @Override
        public Figure moved(Affine m) {
            return new HeatMap(field, row, xMin, xMax, yMin, yMax, colors, low, high, legend, placed.then(m));
        }

        @Override
        public Box box(Screen screen) {
            Box picture = Box.around(corners());
            if (legend == null) {
                return picture;
            }
            return picture.with(new Vec(picture.maxX() + LEGEND_WIDTH / screen.scaleX(), picture.maxY()));
        }

        @Override
        public List<Vec> outline() {
            List<Vec> around = new ArrayList<>(corners());
            around.add(around.get(0));
            return around;
        }

        /** Under everything, like a fill: lines and writing drawn over it stay readable. */
        @Override
        public int layer() {
            return -1;
        }
    }

    /**
     * A figure bent by a warp: each of its points {@code p} goes {@code amount} of the way from
     * {@code p} to {@code field.point(p)} (0 unbent, 1 all the way), then is moved by {@code after}.
     * The painter bends what the figure draws; here its box, outline and points are bent alike.
     */
    record Warped(Figure base, Field field, double amount, Affine after) implements Figure {

        /** Longest piece of an outline left straight when it is bent, in the scene's units. */
        private static final double PIECE = 0.05;

        public Warped(Figure base, Field field, double amount) {
            this(base, field, amount, Affine.IDENTITY);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.warped(this);
        }

        /** Where the warp has taken a point of the unbent figure by now. */
        public Vec bend(Vec p) {
            Vec to = field.point(p.x(), p.y());
            return after.apply(p.plus(to.minus(p).times(amount)));
        }

        @Override
        public Figure moved(Affine m) {
            return new Warped(base, field, amount, after.then(m));
        }

        /** The unbent box's points, bent, on a grid fine enough for smooth warps. */
        @Override
        public Box box(Screen screen) {
            Box unbent = base.box(screen);
            if (unbent.isEmpty()) {
                return unbent;
            }
            List<Vec> bent = new ArrayList<>();
            int n = 16;
            for (int i = 0; i <= n; i++) {
                for (int j = 0; j <= n; j++) {
                    Vec p = bend(new Vec(unbent.minX() + (unbent.maxX() - unbent.minX()) * i / n,
                            unbent.minY() + (unbent.maxY() - unbent.minY()) * j / n));
                    if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                        bent.add(p);
                    }
                }
            }
            return bent.isEmpty() ? Box.EMPTY : Box.around(bent);
        }

        @Override
        public List<Vec> outline() {
            List<Vec> unbent = base.outline();
            List<Vec> bent = new ArrayList<>();
            for (int i = 0; i < unbent.size(); i++) {
                Vec p = unbent.get(i);
                if (i > 0) {
                    Vec q = unbent.get(i - 1);
                    int pieces = (int) Math.min(200, Math.ceil(p.minus(q).length() / PIECE));
                    for (int k = 1; k < pieces; k++) {
                        bent.add(bend(q.plus(p.minus(q).times(k / (double) pieces))));
                    }
                }
                bent.add(bend(p));
            }
            return bent;
        }

        @Override
        public Optional<Vec> point(Expr.Anchor anchor) {
            return base.point(anchor).map(this::bend);
        }

        @Override
        public OptionalDouble measure(Expr.Measure measure) {
            return base.measure(measure);
        }

        @Override
        public int layer() {
            return base.layer();
        }
    }

    /** A closed shape through its corners. */
    record Polygon(List<Vec> corners) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.polygon(this);
        }

        public Polygon {
            corners = List.copyOf(corners);
        }

        @Override
        public Figure moved(Affine m) {
            return new Polygon(corners.stream().map(m::apply).toList());
        }

        @Override
        public Box box(Screen screen) {
            return Box.around(corners);
        }

        @Override
        public List<Vec> outline() {
            List<Vec> points = new ArrayList<>(corners);
            if (!corners.isEmpty()) {
                points.add(corners.get(0));
            }
            return points;
        }

        /** Any named point of a polygon is its centre: the average of its corners. */
        @Override
        public Optional<Vec> point(Expr.Anchor anchor) {
            return Optional.of(centre());
        }

        /**
         * It moves and turns about its centre, the same point as {@code t.center}, so
         * {@code move t to t.center} leaves it where it is.
         */
        @Override
        public Vec reference(Screen screen) {
            return corners.isEmpty() ? Vec.ZERO : centre();
        }

        private Vec centre() {
            Vec sum = Vec.ZERO;
            for (Vec corner : corners) {
                sum = sum.plus(corner);
            }
            return sum.times(1.0 / corners.size());
        }
    }

    /** An angle mark: an arc from {@code startAngle} turning {@code sweep} radians, or a square when {@code right}. */
    record AngleMark(Vec vertex, double radius, double startAngle, double sweep, String label, boolean right)
            implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.angleMark(this);
        }

        @Override
        public Figure moved(Affine m) {
            return new AngleMark(m.apply(vertex), radius * m.scaleFactor(), startAngle + m.rotation(), sweep, label,
                    right);
        }

        @Override
        public Box box(Screen screen) {
            return Building.box(vertex, radius, radius);
        }
    }

    /** A sampled curve; gaps where the formula has no value split it into several runs. */
    record Polyline(List<List<Vec>> runs) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.polyline(this);
        }

        public Polyline {
            runs = runs.stream().map(List::copyOf).toList();
        }

        @Override
        public Figure moved(Affine m) {
            return new Polyline(runs.stream().map(run -> run.stream().map(m::apply).toList()).toList());
        }

        @Override
        public Box box(Screen screen) {
            return Box.around(runs.stream().flatMap(List::stream).toList());
        }

        @Override
        public List<Vec> outline() {
            return runs.stream().flatMap(List::stream).toList();
        }

        /** {@code wave.start} and {@code wave.end}: where the curve begins and ends. */
        @Override
        public Optional<Vec> point(Expr.Anchor anchor) {
            List<Vec> all = outline();
            if (all.isEmpty()) {
                return Optional.of(new Vec(Double.NaN, Double.NaN));
            }
            return Optional.of(anchor == Expr.Anchor.END ? all.get(all.size() - 1) : all.get(0));
        }

        @Override
        public Crossing crossing() {
            return new Crossing.Pieces(runs);
        }
    }

    /** A shaded region, as one or more closed outlines. */
    record Area(List<List<Vec>> outlines) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.area(this);
        }

        public Area {
            outlines = outlines.stream().map(List::copyOf).toList();
        }

        @Override
        public Figure moved(Affine m) {
            return new Area(outlines.stream().map(o -> o.stream().map(m::apply).toList()).toList());
        }

        @Override
        public Box box(Screen screen) {
            return Box.around(outlines.stream().flatMap(List::stream).toList());
        }

        @Override
        public int layer() {
            return -1;
        }
    }

    /** A curly brace along from → to, bulging to the right-hand side of that direction, with a label. */
    record Brace(Vec from, Vec to, String label) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.brace(this);
        }

        @Override
        public Figure moved(Affine m) {
            return new Brace(m.apply(from), m.apply(to), label);
        }

        @Override
        public Box box(Screen screen) {
            return Box.around(List.of(from, to));
        }

        @Override
        public Optional<Vec> point(Expr.Anchor anchor) {
            return Optional.of(anchor == Expr.Anchor.END ? to : from);
        }
    }

    record Text(String text, Anchor anchor, double size) implements Figure {
        @Override
        public boolean isWriting() {
            return true;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }

        @Override
        public Figure moved(Affine m) {
            return new Text(text, anchor.moved(m), size * m.scaleFactor());
        }

        @Override
        public Box box(Screen screen) {
            return anchor.box(screen, Building.textWidth(text, size), 0.78 * size, 0.22 * size);
        }

        @Override
        public Vec reference(Screen screen) {
            return anchor.reference(box(screen));
        }

        @Override
        public int layer() {
            return 2;
        }
    }

    /** A formula; {@code parts} colours pieces of it. */
    record Tex(String tex, Anchor anchor, double size, Map<String, ColorName> parts) implements Figure {
        @Override
        public boolean isWriting() {
            return true;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.tex(this);
        }

        public Tex {
            parts = Map.copyOf(parts);
        }

        @Override
        public Figure moved(Affine m) {
            return new Tex(tex, anchor.moved(m), size * m.scaleFactor(), parts);
        }

        @Override
        public Box box(Screen screen) {
            return anchor.box(screen, Building.formulaWidth(tex, size), 0.8 * size, 0.3 * size);
        }

        @Override
        public Vec reference(Screen screen) {
            return anchor.reference(box(screen));
        }

        @Override
        public int layer() {
            return 2;
        }
    }

    /** A table: a header row, then rows of values. */
    record Table(List<String> header, List<List<String>> rows, Anchor anchor, double size) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        @Override
        public Figure moved(Affine m) {
            return new Table(header, rows, anchor.moved(m), size * m.scaleFactor());
        }

        @Override
        public Box box(Screen screen) {
            double width = 0;
            for (int c = 0; c < header.size(); c++) {
                double widest = Building.textWidth(header.get(c), size);
                for (List<String> row : rows) {
                    widest = Math.max(widest, Building.textWidth(row.get(c), size));
                }
                width += widest + 0.7 * size;
            }
            return anchor.box(screen, width, 1.55 * size * (rows.size() + 1), 0);
        }

        @Override
        public Vec reference(Screen screen) {
            return anchor.reference(box(screen));
        }

        @Override
        public int layer() {
            return 2;
        }
    }

    /** A picture file; {@code size} is its height in screen units. */
    record Image(Path file, Anchor anchor, double size) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.image(this);
        }

        @Override
        public Figure moved(Affine m) {
            return new Image(file, anchor.moved(m), size * m.scaleFactor());
        }

        /** Its width is taken as four thirds of its height: the picture itself is read only by the renderer. */
        @Override
        public Box box(Screen screen) {
            return anchor.box(screen, size * 4 / 3, size, 0);
        }

        @Override
        public Vec reference(Screen screen) {
            return anchor.reference(box(screen));
        }

        @Override
        public int layer() {
            return -1;
        }
    }

    /** A title card, shifted by {@code shift} (scene units) while it slides ({@code fade out title toward above}). */
    record Title(String text, String subtitle, Vec shift) implements Figure {
        public Title(String text, String subtitle) {
            this(text, subtitle, Vec.ZERO);
        }

        /** The title's letter height, in screen units. */
        public static final double SIZE = 0.8;
        /** How far its baseline sits above the frame's middle, in screen units. */
        public static final double RAISE = 0.15;
        /** How far below its baseline the subtitle's baseline sits, in screen units. */
        public static final double SUBTITLE_DROP = 1.1;
        /** The subtitle's letter height, in screen units. */
        public static final double SUBTITLE_SIZE = 0.42;

        /**
         * The middle of a title card's top ({@code ABOVE}) or bottom ({@code BELOW}) edge, with room
         * for a subtitle, in screen units from the top left (y down): where {@code above title} and
         * {@code below title} put writing.
         */
        public static Vec edge(Placement.Side side, Screen screen) {
            double baseline = Screen.HEIGHT / 2 - RAISE;
            double y = side == Placement.Side.ABOVE ? baseline - SIZE
                    : baseline + SUBTITLE_DROP + SUBTITLE_SIZE * 0.3;
            return new Vec(screen.width() / 2, y);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.title(this);
        }

        @Override
        public Figure moved(Affine m) {
            return new Title(text, subtitle, Anchor.shifted(shift, m));
        }

        @Override
        public Box box(Screen screen) {
            return Box.EMPTY;
        }

        @Override
        public int layer() {
            return 2;
        }
    }

    /**
     * A shot of footage, {@code time} seconds into its {@code length} on screen. {@code prompt} is the
     * teacher's description (what is drawn when there is no clip); {@code framing} says where it sits,
     * how it fills its place, comes and goes, and fits its length; {@code statement} is where the
     * footage statement is in the lesson (null when made up without one), by which the clip made for
     * this very shot is found: two shots with the same words are still two shots.
     */
    record Footage(String prompt, Shape.Framing framing, double time, double length, Span statement)
            implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.footage(this);
        }

        public Footage(String prompt, Shape.Framing framing, double time, double length) {
            this(prompt, framing, time, length, null);
        }

        public Footage(String prompt, Shape.Framing framing) {
            this(prompt, framing, 0, 0);
        }

        /** Drawn under the maths, dimmed. */
        public boolean behind() {
            return framing.blend() == Shape.Blend.BEHIND;
        }

        @Override
        public Figure moved(Affine m) {
            return this;
        }

        @Override
        public Box box(Screen screen) {
            return Box.EMPTY;
        }
    }

    /** One figure flowing into another ({@code transform A into B}), {@code progress} 0 to 1. */
    record Morph(Figure from, Figure to, double progress) implements Figure {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.morph(this);
        }

        @Override
        public Figure moved(Affine m) {
            return new Morph(from.moved(m), to.moved(m), progress);
        }

        @Override
        public Box box(Screen screen) {
            return from.box(screen).with(to.box(screen));
        }
    }

    /** Bars, each four corners (foot left, foot right, top right, top left), each named under its foot. */
    record BarChart(List<List<Vec>> bars, List<Vec> feet, List<String> names) implements Figure {
        public BarChart {
            bars = bars.stream().map(List::copyOf).toList();
            feet = List.copyOf(feet);
            names = List.copyOf(names);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.barChart(this);
        }

        @Override
        public Figure moved(Affine m) {
            return new BarChart(bars.stream().map(b -> b.stream().map(m::apply).toList()).toList(),
                    feet.stream().map(m::apply).toList(), names);
        }

        @Override
        public Box box(Screen screen) {
            return Box.around(bars.stream().flatMap(List::stream).toList());
        }
    }

    /** Where writing sits: centred on a point of the scene, at a place on screen, or beside a point. */
    sealed interface Anchor {

        /** The anchor moved with its object (places on screen stay). */
        Anchor moved(Affine m);

        /** The point of the scene it stands for (the origin for places on screen). */
        Vec scenePoint();

        /**
         * The point that stands for writing so placed when it moves ({@code move note to (0, 2)}):
         * its scene point, or for writing placed on the screen the middle of its box.
         */
        default Vec reference(Box box) {
            return this instanceof OnScreen || this instanceof OnScreenAt ? box.middle() : scenePoint();
        }

        /**
         * The box, in the scene, of a block of writing this wide with this much above and below its
         * baseline (screen units), placed as the renderer places it (and kept inside the frame).
         */
        default Box box(Screen screen, double width, double ascent, double descent) {
            Placed at = placed(screen);
            double x = at.x();
            double y = at.y();
            double left = at.column() < 0 ? x : at.column() > 0 ? x - width : x - width / 2;
            double baseline = at.row() > 0 ? y + ascent : at.row() < 0 ? y - descent : y + (ascent - descent) / 2;
            left = Math.max(0, Math.min(screen.width() - width, left));
            baseline = Math.max(ascent, Math.min(Screen.HEIGHT - descent, baseline));
            return Box.around(List.of(screen.toScene(new Vec(left, baseline - ascent)),
                    screen.toScene(new Vec(left + width, baseline + descent))));
        }

        /**
         * Where writing is set from, in screen units from the top left, and which way it runs from
         * there: {@code column} -1 from its left end, 1 from its right end, 0 from its middle;
         * {@code row} 1 hanging below, -1 standing above, 0 centred.
         */
        Placed placed(Screen screen);

        /** See {@link #placed}. */
        record Placed(double x, double y, int column, int row) { }

        record InScene(Vec point) implements Anchor {
            @Override
            public Anchor moved(Affine m) {
                return new InScene(m.apply(point));
            }

            @Override
            public Vec scenePoint() {
                return point;
            }

            @Override
            public Placed placed(Screen screen) {
                Vec p = screen.toScreen(point);
                return new Placed(p.x(), p.y(), 0, 0);
            }
        }

        /**
         * At a place on screen ({@code at top right}), shifted by {@code shift} (scene units, as
         * the moves and slides that shifted it were written; shown on screen by the scene's scale).
         */
        record OnScreen(ScreenPlace place, Vec shift) implements Anchor {
            public OnScreen(ScreenPlace place) {
                this(place, Vec.ZERO);
            }

            @Override
            public Anchor moved(Affine m) {
                return new OnScreen(place, shifted(shift, m));
            }

            @Override
            public Vec scenePoint() {
                return Vec.ZERO;
            }

            @Override
            public Placed placed(Screen screen) {
                Vec p = screen.place(place).plus(screen.shiftOnScreen(shift));
                return new Placed(p.x(), p.y(), place.column(), place.row());
            }
        }

        /** Screen units from the frame's centre, y up; shifted as {@link OnScreen} is. */
        record OnScreenAt(Vec point, Vec shift) implements Anchor {
            public OnScreenAt(Vec point) {
                this(point, Vec.ZERO);
            }

            @Override
            public Anchor moved(Affine m) {
                return new OnScreenAt(point, shifted(shift, m));
            }

            @Override
            public Vec scenePoint() {
                return Vec.ZERO;
            }

            @Override
            public Placed placed(Screen screen) {
                Vec by = screen.shiftOnScreen(shift);
                return new Placed(screen.width() / 2 + point.x() + by.x(), Screen.HEIGHT / 2 - point.y() + by.y(), 0, 0);
            }
        }

        /**
         * Writing placed on the screen follows the shift of a move or a slide ({@code move note by
         * (0, -2)}, {@code fade out title toward above}); turning and resizing leave it as it is.
         */
        static Vec shifted(Vec shift, Affine m) {
            boolean shiftOnly = m.a() == 1 && m.b() == 0 && m.c() == 0 && m.d() == 1;
            return shiftOnly ? shift.plus(m.apply(Vec.ZERO)) : shift;
        }

        /** Beside this point, on this side, with a small gap. */
        record Beside(Vec point, Placement.Side side) implements Anchor {

            /** Screen units between the point and the writing beside it. */
            public static final double GAP = 0.22;

            @Override
            public Anchor moved(Affine m) {
                return new Beside(m.apply(point), side);
            }

            @Override
            public Vec scenePoint() {
                return point;
            }

            @Override
            public Placed placed(Screen screen) {
                Vec p = screen.toScreen(point);
                return switch (side) {
                    case ABOVE -> new Placed(p.x(), p.y() - GAP, 0, -1);
                    case BELOW -> new Placed(p.x(), p.y() + GAP, 0, 1);
                    case LEFT -> new Placed(p.x() - GAP, p.y(), 1, 0);
                    case RIGHT -> new Placed(p.x() + GAP, p.y(), -1, 0);
                };
            }
        }
    }

    /**
     * A magnifier: the part of the scene it shows ({@code width} by {@code height} about
     * {@code center}, in the scene's units), how many times larger, and where the magnified picture
     * is shown on the frame (its box's side or corner at the anchor, as writing's is). Moving it
     * moves the part it shows; resizing it resizes the part (and so the picture). {@code sceneScaleX}
     * and {@code sceneScaleY} are the scene's own screen units per unit (not a camera's), so the box
     * keeps its size while a camera moves.
     */
    record Magnifier(Vec center, double width, double height, double zoom, Anchor shown, ColorName border,
                     double sceneScaleX, double sceneScaleY) implements Figure {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.magnifier(this);
        }

        @Override
        public Figure moved(Affine m) {
            double k = m.scaleFactor();
            return new Magnifier(m.apply(center), width * k, height * k, zoom, shown, border, sceneScaleX, sceneScaleY);
        }

        @Override
        public Box box(Screen screen) {
            return Box.around(corners());
        }

        @Override
        public Vec reference(Screen screen) {
            return center;
        }

        @Override
        public Optional<Vec> point(Expr.Anchor anchor) {
            return Optional.of(center);
        }

        @Override
        public List<Vec> outline() {
            List<Vec> points = new ArrayList<>(corners());
            points.add(points.get(0));
            return points;
        }

        /** The part shown, corner by corner, counter-clockwise from the lower left. */
        public List<Vec> corners() {
            double w = width / 2;
            double h = height / 2;
            return List.of(new Vec(center.x() - w, center.y() - h), new Vec(center.x() + w, center.y() - h),
                    new Vec(center.x() + w, center.y() + h), new Vec(center.x() - w, center.y() + h));
        }

        /**
         * Where the magnified picture is, in screen units from the frame's top left (y down): the
         * part's size on the scene's own frame times the zoom (so a camera moving or zooming
         * leaves the picture's box where it is, as it leaves writing placed on the screen), placed
         * like writing at its anchor and, like writing, kept on the frame.
         */
        public Box shownBox(Screen screen) {
            double w = width * sceneScaleX * zoom;
            double h = height * sceneScaleY * zoom;
            Anchor.Placed at = shown.placed(screen);
            double left = Math.max(0, Math.min(screen.width() - w, at.x() - (at.column() + 1) / 2.0 * w));
            double top = Math.max(0, Math.min(Screen.HEIGHT - h, at.y() - (1 - at.row()) / 2.0 * h));
            return new Box(left, top, left + w, top + h);
        }
    }
}
