package org.lessonstudio.dsl.check;

import static org.lessonstudio.dsl.check.Kind.Trait.COORDINATES;
import static org.lessonstudio.dsl.check.Kind.Trait.CROSSES;
import static org.lessonstudio.dsl.check.Kind.Trait.ENCLOSES;
import static org.lessonstudio.dsl.check.Kind.Trait.FILLED;
import static org.lessonstudio.dsl.check.Kind.Trait.INLINE;
import static org.lessonstudio.dsl.check.Kind.Trait.OUTLINE;
import static org.lessonstudio.dsl.check.Kind.Trait.PATH;
import static org.lessonstudio.dsl.check.Kind.Trait.POINT;
import static org.lessonstudio.dsl.check.Kind.Trait.QUIET;
import static org.lessonstudio.dsl.check.Kind.Trait.STRAIGHT;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.ast.Slot;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Style;

/**
 * Every kind of object the language knows, each declared once: its word, its clauses, its parts,
 * what it can do and how it is checked (the checks themselves are in {@link FigureShapes},
 * {@link GraphShapes} and {@link WritingShapes}, or, for a small kind, right here). The parser
 * takes its kind words and new clause words from here, the checker everything else.
 *
 * <p>Adding a kind: its object in {@link Shape} (a record and its visitor method), its
 * declaration here, its figure in the timeline's {@code Figure} (record, geometry, and how it is
 * built), and how it is painted in the renderer's {@code FigurePainter}: four files, and the
 * compiler points at each until it is done. See docs/architecture.md.
 */
public final class Kinds {

    private static final Set<String> STYLE = Set.of("color", "thickness", "dashed", "opacity", "layer");
    private static final Set<String> PLACE = Set.of("at", "above", "below", "left", "right", "next", "layer");

    private static final Map<String, Type> LINE = Map.of("start", Type.POINT, "end", Type.POINT, "length",
            Type.NUMBER, "middle", Type.POINT);
    private static final Map<String, Type> ROUND = Map.of("center", Type.POINT, "radius", Type.NUMBER);
    private static final Map<String, Type> ARC = Map.of("center", Type.POINT, "radius", Type.NUMBER, "start",
            Type.POINT, "end", Type.POINT);
    private static final Map<String, Type> CENTRE = Map.of("center", Type.POINT);
    private static final Map<String, Type> ORIGIN = Map.of("origin", Type.POINT);
    private static final Map<String, Type> ENDS = Map.of("start", Type.POINT, "end", Type.POINT);
    private static final Map<String, Type> NONE = Map.of();
    private static final List<List<Slot>> COMBINE = List.of(List.of(Slot.word("of"), Slot.NAME, Slot.word("and"),
            Slot.NAME));

    private static final List<Kind> ALL = List.of(
            kind("axes", Set.of("x", "y", "color", "thickness", "opacity", "step", "grid", "numbers", "labels",
                    "layer", "size", "no"), ORIGIN, EnumSet.of(OUTLINE, COORDINATES, QUIET), (r, s) -> new GraphShapes(r, s).axes(false)),
            kind("plane", Set.of("x", "y", "color", "thickness", "opacity", "step", "numbers", "labels", "layer",
                    "size", "no", "grid"),
                    ORIGIN, EnumSet.of(OUTLINE, COORDINATES, QUIET), (r, s) -> new GraphShapes(r, s).axes(true)),
            kind("number line", Set.of("from", "step", "numbers", "color", "thickness", "opacity", "layer"), ORIGIN,
                    EnumSet.of(OUTLINE, COORDINATES, QUIET), (r, s) -> new GraphShapes(r, s).numberLine()),
            kind("circle", with(STYLE, "center", "radius", "fill"), ROUND, EnumSet.of(OUTLINE, PATH, CROSSES, ENCLOSES),
                    (r, s) -> new FigureShapes(r, s).circle()),
            kind("ellipse", with(STYLE, "center", "width", "height", "fill"), CENTRE, EnumSet.of(OUTLINE, PATH, ENCLOSES),
                    (r, s) -> new FigureShapes(r, s).ellipse()),
            kind("arc", with(STYLE, "center", "radius", "from"), ARC, EnumSet.of(OUTLINE, PATH),
                    (r, s) -> new FigureShapes(r, s).arc(false)),
            kind("sector", with(STYLE, "center", "radius", "from", "fill"), ARC, EnumSet.of(OUTLINE, PATH, FILLED, ENCLOSES),
                    (r, s) -> new FigureShapes(r, s).arc(true)),
            kind("point", Set.of("at", "on", "label", "color", "size", "opacity", "layer"),
                    Map.of("x", Type.NUMBER, "y", Type.NUMBER), EnumSet.of(POINT), (r, s) -> new FigureShapes(r, s).point()),
            kind("line", with(STYLE, "from"), LINE, EnumSet.of(OUTLINE, PATH, CROSSES, STRAIGHT),
                    (r, s) -> new FigureShapes(r, s).line(Shape.LineKind.SEGMENT)),
            kind("segment", with(STYLE, "from"), LINE, EnumSet.of(OUTLINE, PATH, CROSSES, STRAIGHT),
                    (r, s) -> new FigureShapes(r, s).line(Shape.LineKind.SEGMENT)),
            kind("ray", with(STYLE, "from", "through"), LINE, EnumSet.of(OUTLINE, PATH, CROSSES, STRAIGHT),
                    (r, s) -> new FigureShapes(r, s).ray()),
            kind("arrow", with(STYLE, "from"), LINE, EnumSet.of(OUTLINE, PATH, CROSSES, STRAIGHT),
                    (r, s) -> new FigureShapes(r, s).line(Shape.LineKind.ARROW)),
            kind("vector", with(STYLE, "from", "components"), LINE, EnumSet.of(OUTLINE, PATH, CROSSES, STRAIGHT),
                    (r, s) -> new FigureShapes(r, s).vector()),
            kind("polygon", with(STYLE, "points", "sides", "center", "radius", "rotation", "fill"), CENTRE,
                    EnumSet.of(OUTLINE, PATH, ENCLOSES), (r, s) -> new FigureShapes(r, s).polygon()),
            kind("rectangle", with(STYLE, "corner", "center", "from", "width", "height", "fill"), CENTRE,
                    EnumSet.of(OUTLINE, PATH, ENCLOSES), (r, s) -> new FigureShapes(r, s).rectangle()),
            kind("square", with(STYLE, "corner", "center", "side", "fill"), CENTRE, EnumSet.of(OUTLINE, PATH, ENCLOSES),
                    (r, s) -> new FigureShapes(r, s).square()),
            kind("angle", Set.of("at", "from", "radius", "label", "right", "color", "thickness", "opacity", "layer"),
                    NONE, EnumSet.of(OUTLINE), (r, s) -> new FigureShapes(r, s).angle()),
            kind("curve", with(STYLE, "x", "y", "r", "for"), ENDS, EnumSet.of(OUTLINE, PATH, CROSSES),
                    (r, s) -> new GraphShapes(r, s).curve()),
            kind("area", Set.of("under", "between", "for", "fill", "color", "opacity", "layer"), NONE,
                    EnumSet.of(OUTLINE, FILLED), (r, s) -> new GraphShapes(r, s).area()),
            kind("brace", Set.of("from", "label", "color", "thickness", "opacity", "layer"), LINE,
                    EnumSet.of(OUTLINE, PATH, STRAIGHT), (r, s) -> new FigureShapes(r, s).brace()),
            kind("text", with(PLACE, "", "size", "color", "opacity"), NONE, EnumSet.of(INLINE),
                    (r, s) -> new WritingShapes(r, s).text()),
            kind("tex", with(PLACE, "", "size", "color", "color part", "opacity"), NONE, EnumSet.of(INLINE),
                    (r, s) -> new WritingShapes(r, s).tex()),
            kind("number", with(PLACE, "", "decimals", "prefix", "suffix", "size", "color", "opacity"), NONE,
                    EnumSet.noneOf(Kind.Trait.class), (r, s) -> new WritingShapes(r, s).number()),
            kind("table", with(PLACE, "x", "step", "y", "decimals", "size", "color", "opacity"), NONE,
                    EnumSet.noneOf(Kind.Trait.class), (r, s) -> new WritingShapes(r, s).table()),
            kind("image", with(PLACE, "", "size", "opacity"), NONE, EnumSet.of(INLINE),
                    (r, s) -> new WritingShapes(r, s).image()),
            new Kind("bar chart", with(STYLE, "values", "names", "from", "step", "width", "fill"), NONE,
                    EnumSet.of(OUTLINE, FILLED), Map.of("values", List.of(List.of(Slot.LIST)),
                    "names", List.of(List.of(Slot.TEXT))), Kinds::barChart),
            new Kind("region", with(STYLE, "union", "intersection", "difference", "exclusion", "fill"), NONE,
                    EnumSet.of(FILLED, ENCLOSES), Map.of("union", COMBINE, "intersection", COMBINE, "difference", COMBINE,
                    "exclusion", COMBINE), Kinds::region),
            new Kind("heat map", Set.of("value", "values", "x", "y", "colors", "from", "legend", "opacity", "layer"),
                    NONE, EnumSet.noneOf(Kind.Trait.class), Map.of("value", List.of(List.of(Slot.EXPR)),
                    "values", List.of(List.of(Slot.LIST)), "colors", List.of(List.of(Slot.NAMES)),
                    "legend", List.of(List.of(Slot.TEXT), List.of())), HeatMaps::check),
            new Kind("box", with(STYLE, "around"), NONE, EnumSet.noneOf(Kind.Trait.class),
                    Map.of("around", List.of(List.of(Slot.TEXT, Slot.word("in"), Slot.NAME), List.of(Slot.NAME))),
                    Kinds::frame),
            new Kind("magnifier", with(STYLE, "center", "size", "zoom", "shown", "border"), CENTRE,
                    EnumSet.of(OUTLINE), Map.of("shown", List.of(List.of(Slot.word("at"), Slot.PLACE)),
                    "border", List.of(List.of(Slot.NAME), List.of(Slot.TEXT))), MagnifierShape::check));

    /**
     * {@code box b: around law}, or {@code box b: around "f(x)" in law}: a box around an object
     * or around a part of a formula.
     */
    private static Shape frame(ClauseReader read, Style style) {
        Optional<Clause> around = read.require("around", "around \"x^2\" in law");
        if (around.isEmpty()) {
            return null;
        }
        List<org.lessonstudio.dsl.ast.Arg> args = around.get().args();
        String part = args.size() == 2 ? ((org.lessonstudio.dsl.ast.Arg.TextArg) args.get(0)).text() : null;
        org.lessonstudio.dsl.ast.Arg.NameArg target = (org.lessonstudio.dsl.ast.Arg.NameArg) args.get(args.size() - 1);
        Optional<Symbol> symbol = read.expressions.symbol(target.name());
        if (symbol.isEmpty()) {
            read.expressions.unknownName(target.name(), target.span(), null);
            return null;
        }
        if (symbol.get().isUnknown()) {
            return null;
        }
        if (symbol.get().isValue() || part != null && !symbol.get().kind().equals("tex")) {
            read.diagnostics.error(target.span(), part != null ? "box.part-not-formula" : "box.value", target.name(),
                    ExpressionChecker.article(symbol.get().kind()));
            return null;
        }
        if (part != null && part.isBlank()) {
            read.diagnostics.error(args.get(0).span(), "box.part-empty");
            return null;
        }
        read.uses.add(target.name());
        return new Shape.Frame(read.name, part, target.name(), style, read.span);
    }

    /** The closed shapes a region can be made from. */
    private static final Set<String> CLOSED = Set.of("circle", "ellipse", "sector", "polygon", "rectangle", "square",
            "region");

    /**
     * {@code region r: intersection of a and b}: exactly one way of making it, from two closed
     * shapes of the scene.
     */
    private static Shape region(ClauseReader read, Style style) {
        List<String> ways = List.of("union", "intersection", "difference", "exclusion");
        List<Clause> given = ways.stream().map(read::get).flatMap(Optional::stream).toList();
        if (given.size() != 1) {
            read.diagnostics.error(given.size() > 1 ? given.get(1).keywordSpan() : read.span, "region.form");
            return null;
        }
        Clause way = given.get(0);
        String[] names = new String[2];
        for (int i = 0; i < 2; i++) {
            org.lessonstudio.dsl.ast.Arg.NameArg operand = (org.lessonstudio.dsl.ast.Arg.NameArg) way.args().get(i);
            Optional<Symbol> symbol = read.expressions.symbol(operand.name());
            if (symbol.isEmpty()) {
                read.expressions.unknownName(operand.name(), operand.span(), null);
                return null;
            }
            if (symbol.get().isUnknown()) {
                return null;
            }
            if (!CLOSED.contains(symbol.get().kind())) {
                read.diagnostics.error(operand.span(), "region.operand", operand.name(),
                        ExpressionChecker.article(symbol.get().kind()));
                return null;
            }
            read.uses.add(operand.name());
            names[i] = operand.name();
        }
        Shape.Combine combine = Shape.Combine.valueOf(way.keyword().toUpperCase(java.util.Locale.ROOT));
        return new Shape.Region(read.name, combine, names[0], names[1], style, read.span);
    }

    /**
     * {@code bar chart rain: values 3, 5, 2, from (1, 0), step 1, names "Jan, Feb, Mar"}: the values
     * may follow values of the lesson, so bars can grow as one is animated.
     */
    private static Shape barChart(ClauseReader read, Style style) {
        Optional<Clause> values = read.require("values", "values 3, 5, 2");
        if (values.isEmpty()) {
            return null;
        }
        List<Expr> heights = new ArrayList<>();
        for (int i = 0; i < values.get().args().size(); i++) {
            Optional<Expr> value = read.number(values.get(), i);
            if (value.isEmpty()) {
                return null;
            }
            heights.add(value.get());
        }
        Expr from = read.get("from").flatMap(c -> read.point(c, 0))
                .orElse(new Expr.PairOf(new Expr.Constant(1), new Expr.Constant(0)));
        double step = read.fixed("step", 0.01, 1000, 1).orElse(1.0);
        double width = read.fixed("width", 0.01, 1000, 0.6 * step).orElse(0.6 * step);
        List<String> names = read.text("names").map(t -> List.of(t.split(",")).stream().map(String::strip).toList())
                .orElse(List.of());
        return new Shape.BarChart(read.name, heights, from, step, width, names, style, read.span);
    }

    private static final Map<String, Kind> BY_NAME = new LinkedHashMap<>();

    static {
        for (Kind kind : ALL) {
            BY_NAME.put(kind.name(), kind);
        }
    }

    private Kinds() {
    }

    private static Kind kind(String name, Set<String> clauses, Map<String, Type> members, Set<Kind.Trait> traits,
                             Kind.Check check) {
        return new Kind(name, clauses, members, traits, Map.of(), check);
    }

    private static Set<String> with(Set<String> base, String... extra) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(extra));
        return all;
    }

    /** The kind a word names, if it names one. */
    static Optional<Kind> named(String word) {
        return Optional.ofNullable(BY_NAME.get(word));
    }

    /** Whether a kind word (of a defined name) has a trait; false for values, groups and misspellings. */
    static boolean has(String word, Kind.Trait trait) {
        Kind kind = BY_NAME.get(word);
        return kind != null && kind.has(trait);
    }

    /** Every word that names a kind of object, in the order the reference lists them, and {@code group}. */
    public static List<String> words() {
        List<String> words = new ArrayList<>(BY_NAME.keySet());
        words.add("group");
        return words;
    }

    /** The kinds that can be written in place inside an action ({@code write tex "…"}). */
    public static Set<String> inline() {
        Set<String> words = new HashSet<>();
        ALL.stream().filter(k -> k.has(Kind.Trait.INLINE)).forEach(k -> words.add(k.name()));
        return words;
    }

    /** How the clause words kinds bring with them read, for the parser. */
    public static Map<String, List<List<Slot>>> grammar() {
        Map<String, List<List<Slot>>> all = new LinkedHashMap<>();
        ALL.forEach(k -> all.putAll(k.grammar()));
        return all;
    }
}
