package org.lessonstudio.dsl.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.lessonstudio.dsl.ast.Expr;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.diag.Suggest;
import org.lessonstudio.dsl.model.Expr.Anchor;
import org.lessonstudio.dsl.model.Expr.Axis;
import org.lessonstudio.dsl.model.Expr.Measure;
import org.lessonstudio.dsl.model.Expr.Operator;
import org.lessonstudio.dsl.model.MathFunction;
import org.lessonstudio.dsl.source.Span;

/**
 * Checks one expression as written and turns it into a model expression: resolves names against
 * the scene, checks units and types, and records which names it depends on (to find cycles).
 * Returns empty after reporting, so the caller can carry on checking the rest of the lesson.
 */
final class ExpressionChecker {

    /** Named numbers; {@code deg} makes {@code 30 deg} read as thirty degrees (in radians). */
    private static final Map<String, Double> CONSTANTS = Map.of("pi", Math.PI, "\u03C0", Math.PI,
            "tau", 2 * Math.PI, "e", Math.E, "deg", Math.PI / 180, "degrees", Math.PI / 180);

    /** The parts an object of this kind offers (none for values, groups and misspelled kinds). */
    private static Map<String, Type> members(String kind) {
        return Kinds.named(kind).map(Kind::members).orElse(Map.of());
    }

    private final Map<String, Symbol> symbols;
    private final Diagnostics diagnostics;
    /**
     * The values of the scene that are never animated, and the number each starts (so stays) at:
     * {@code value v = 10^308}. An expression built on them is fixed too, even though the timeline
     * works it out per frame, so {@code value w = v * v} is reported here, not at frame 0.
     */
    private final Map<String, Double> fixedValues = new java.util.HashMap<>();
    /** What each expression checked so far works out to from fixed values, when it does (by identity). */
    private final Map<org.lessonstudio.dsl.model.Expr, Double> worked = new java.util.IdentityHashMap<>();

    ExpressionChecker(Map<String, Symbol> symbols, Diagnostics diagnostics) {
        this.symbols = symbols;
        this.diagnostics = diagnostics;
    }

    /** Records that a value is never animated and always has this number. */
    void fixedValue(String name, double value) {
        fixedValues.put(name, value);
    }

    /** Checks an expression that must be a number. */
    Optional<org.lessonstudio.dsl.model.Expr> number(Expr e, String parameter, Set<String> uses) {
        return expect(e, Type.NUMBER, parameter, uses);
    }

    /**
     * The parameter of a formula that holds at every point of the plane: its {@code x} and
     * {@code y} are the point's coordinates ({@link org.lessonstudio.dsl.model.Expr.PlaneVariable}).
     */
    static final String PLANE = "x and y";

    /** Checks a point that may use the plane's {@code x} and {@code y}: where a warp sends a point. */
    Optional<org.lessonstudio.dsl.model.Expr> pointOfPlane(Expr e, Set<String> uses) {
        return expect(e, Type.POINT, PLANE, uses);
    }

    /** Checks an expression that must be a point. */
    Optional<org.lessonstudio.dsl.model.Expr> point(Expr e, Set<String> uses) {
        return expect(e, Type.POINT, null, uses);
    }

    private Optional<org.lessonstudio.dsl.model.Expr> expect(Expr e, Type wanted, String parameter,
                                                             Set<String> uses) {
        Optional<Typed> typed = check(e, parameter, uses);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        if (typed.get().type() != wanted) {
            diagnostics.error(e.span(), "type.wrong", wanted.description(), typed.get().type().description());
            return Optional.empty();
        }
        return Optional.of(typed.get().expr());
    }

    /**
     * Checks an expression and works out at once whatever in it is fixed ({@code 2 pi},
     * {@code 1 / 0}), so a part that can never be drawn (infinite, or no number at all) is
     * reported where it is written, and the timeline has less to work out per frame.
     */
    Optional<Typed> check(Expr e, String parameter, Set<String> uses) {
        return folded(unfolded(e, parameter, uses), e);
    }

    private Optional<Typed> folded(Optional<Typed> typed, Expr written) {
        if (typed.isEmpty()) {
            return typed;
        }
        Optional<org.lessonstudio.dsl.model.Expr> fixed = Constants.fold(typed.get().expr());
        if (fixed.isEmpty()) {
            OptionalDouble always = fromFixedValues(typed.get().expr());
            if (always.isPresent() && !Double.isFinite(always.getAsDouble())) {
                notFinite(always.getAsDouble(), written);
                return Optional.empty();
            }
            return typed;
        }
        if (!Constants.finite(fixed.get())) {
            notFinite(Constants.firstNonFinite(fixed.get()), written);
            return Optional.empty();
        }
        return Optional.of(new Typed(fixed.get(), typed.get().type()));
    }

    private void notFinite(double bad, Expr written) {
        diagnostics.error(written.span(), "number.not-finite", Double.isNaN(bad) ? "no number at all"
                : bad > 0 ? "infinity" : "minus infinity", why(written));
    }

    /**
     * What a number expression always works out to when all it uses is fixed numbers and values
     * that are never animated; empty when something in it changes. Each part is worked out once,
     * as it is checked (its parts were checked, and worked out, just before it).
     */
    OptionalDouble fromFixedValues(org.lessonstudio.dsl.model.Expr e) {
        if (e instanceof org.lessonstudio.dsl.model.Expr.Constant c) {
            return OptionalDouble.of(c.value());
        }
        if (e instanceof org.lessonstudio.dsl.model.Expr.ValueOf v) {
            Double value = fixedValues.get(v.name());
            return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
        }
        Double known = worked.get(e);
        if (known != null) {
            return OptionalDouble.of(known);
        }
        OptionalDouble result = OptionalDouble.empty();
        if (e instanceof org.lessonstudio.dsl.model.Expr.Negate n) {
            OptionalDouble operand = fromFixedValues(n.operand());
            result = operand.isPresent() ? OptionalDouble.of(-operand.getAsDouble()) : operand;
        } else if (e instanceof org.lessonstudio.dsl.model.Expr.Arithmetic a) {
            OptionalDouble l = fromFixedValues(a.left());
            OptionalDouble r = l.isPresent() ? fromFixedValues(a.right()) : OptionalDouble.empty();
            if (l.isPresent() && r.isPresent()) {
                result = OptionalDouble.of(a.operator().apply(l.getAsDouble(), r.getAsDouble()));
            }
        } else if (e instanceof org.lessonstudio.dsl.model.Expr.Apply f) {
            double[] args = new double[f.arguments().size()];
            boolean all = true;
            for (int i = 0; i < args.length && all; i++) {
                OptionalDouble v = fromFixedValues(f.arguments().get(i));
                all = v.isPresent();
                args[i] = all ? v.getAsDouble() : 0;
            }
            if (all) {
                result = OptionalDouble.of(args.length == 1 ? f.function().apply(args[0])
                        : f.function().apply(args[0], args[1]));
            }
        }
        result.ifPresent(v -> worked.put(e, v));
        return result;
    }

    /** What usually makes a fixed expression infinite or no number, for the hint. */
    private static String why(Expr written) {
        if (written instanceof Expr.Binary b && b.op() == '/') {
            return "it divides by 0; check the number after the `/`";
        }
        if (written instanceof Expr.Call c && (c.function().equals("sqrt") || c.function().equals("ln"))) {
            return c.function().equals("sqrt") ? "`sqrt` needs a number that is 0 or more"
                    : "`ln` needs a number that is more than 0";
        }
        if (written instanceof Expr.Binary b && b.op() == '^') {
            return "this power is beyond the largest number that can be worked out (about 10^308)";
        }
        if (written instanceof Expr.Call c && c.function().equals("tan")) {
            return "`tan` has no value at a quarter turn (pi / 2)";
        }
        return "a division by 0, a square root of a negative number, or numbers too big to work out"
                + " (beyond about 10^308) give no drawable number";
    }

    private Optional<Typed> unfolded(Expr e, String parameter, Set<String> uses) {
        if (e instanceof Expr.Number n) {
            return number(n);
        }
        if (e instanceof Expr.Name n) {
            return name(n, parameter, uses);
        }
        if (e instanceof Expr.Member m) {
            return member(m, parameter, uses);
        }
        if (e instanceof Expr.Negate n) {
            return check(n.operand(), parameter, uses).map(t -> t.type() == Type.NUMBER
                    ? new Typed(new org.lessonstudio.dsl.model.Expr.Negate(t.expr()), Type.NUMBER)
                    : new Typed(new org.lessonstudio.dsl.model.Expr.PointMath(Operator.TIMES, t.expr(),
                            new org.lessonstudio.dsl.model.Expr.Constant(-1)), Type.POINT));
        }
        if (e instanceof Expr.Binary b) {
            return binary(b, parameter, uses);
        }
        if (e instanceof Expr.Call c) {
            return call(c, parameter, uses);
        }
        Expr.Pair p = (Expr.Pair) e;
        Optional<org.lessonstudio.dsl.model.Expr> x = number(p.x(), parameter, uses);
        Optional<org.lessonstudio.dsl.model.Expr> y = number(p.y(), parameter, uses);
        if (x.isEmpty() || y.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Typed(new org.lessonstudio.dsl.model.Expr.PairOf(x.get(), y.get()), Type.POINT));
    }

    private Optional<Typed> number(Expr.Number n) {
        double factor;
        switch (n.unit()) {
            case "" -> factor = 1;
            case "pi" -> factor = Math.PI;
            case "deg" -> factor = Math.PI / 180;
            default -> {
                diagnostics.error(n.span(), "unit.unexpected", n.unit());
                return Optional.empty();
            }
        }
        return Optional.of(new Typed(new org.lessonstudio.dsl.model.Expr.Constant(n.value() * factor), Type.NUMBER));
    }

    private Optional<Typed> name(Expr.Name n, String parameter, Set<String> uses) {
        String name = n.name();
        if (name.equals(parameter)) {
            return Optional.of(new Typed(new org.lessonstudio.dsl.model.Expr.CurveVariable(), Type.NUMBER));
        }
        if (PLANE.equals(parameter) && (name.equals("x") || name.equals("y"))) {
            return Optional.of(new Typed(new org.lessonstudio.dsl.model.Expr.PlaneVariable(
                    name.equals("x") ? Axis.X : Axis.Y), Type.NUMBER));
        }
        Symbol symbol = symbols.get(name);
        if (symbol == null) {
            Double constant = CONSTANTS.get(name);
            if (constant != null) {
                return Optional.of(new Typed(new org.lessonstudio.dsl.model.Expr.Constant(constant), Type.NUMBER));
            }
            unknownName(name, n.span(), parameter);
            return Optional.empty();
        }
        uses.add(name);
        if (symbol.isUnknown()) {
            return Optional.empty();
        }
        if (symbol.isValue()) {
            return Optional.of(new Typed(new org.lessonstudio.dsl.model.Expr.ValueOf(name), Type.NUMBER));
        }
        if (Kinds.has(symbol.kind(), Kind.Trait.POINT)) {
            return Optional.of(new Typed(new org.lessonstudio.dsl.model.Expr.PointOf(name, Anchor.POSITION), Type.POINT));
        }
        var report = diagnostics.error(n.span(), "name.not-a-quantity", name, article(symbol.kind()));
        Map<String, Type> members = members(symbol.kind());
        if (!members.isEmpty()) {
            report.hint("parts", list(name, members.keySet()));
        }
        return Optional.empty();
    }

    void unknownName(String name, Span span, String parameter) {
        if (outsideList(name, span)) {
            return;
        }
        var report = diagnostics.error(span, "name.unknown", name);
        List<String> known = new ArrayList<>(symbols.keySet());
        known.addAll(CONSTANTS.keySet());
        if (PLANE.equals(parameter)) {
            known.addAll(List.of("x", "y"));
            report.hint("plane-formula");
        } else if (parameter != null) {
            known.add(parameter);
        }
        report.didYouMean(Suggest.closest(name, known));
    }

    /**
     * {@code d[4]} when a repeat made {@code d[1]} to {@code d[3]}: the list's range is said
     * (reported, and true), rather than a guess at a close name.
     */
    private boolean outsideList(String name, Span span) {
        java.util.regex.Matcher indexed = java.util.regex.Pattern.compile("(.+)\\[(-?\\d+)]").matcher(name);
        if (!indexed.matches()) {
            return false;
        }
        String list = indexed.group(1);
        long lowest = Long.MAX_VALUE;
        long highest = Long.MIN_VALUE;
        for (String known : symbols.keySet()) {
            if (known.startsWith(list + "[") && known.endsWith("]") && known.indexOf('[', list.length() + 1) < 0) {
                try {
                    long index = Long.parseLong(known.substring(list.length() + 1, known.length() - 1));
                    lowest = Math.min(lowest, index);
                    highest = Math.max(highest, index);
                } catch (NumberFormatException notAnIndex) {
                    // d[1][2]: a list of lists is not one range
                }
            }
        }
        if (lowest > highest) {
            return false;
        }
        diagnostics.error(span, "repeat.index-range", name, list, lowest, highest);
        return true;
    }

    private Optional<Typed> member(Expr.Member m, String parameter, Set<String> uses) {
        if (m.target() instanceof Expr.Name owner && symbols.containsKey(owner.name())) {
            Symbol symbol = symbols.get(owner.name());
            if (!Kinds.has(symbol.kind(), Kind.Trait.POINT)) {
                return objectMember(symbol, m, uses);
            }
        }
        Optional<Typed> target = check(m.target(), parameter, uses);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        if (target.get().type() == Type.POINT && (m.member().equals("x") || m.member().equals("y"))) {
            Axis axis = m.member().equals("x") ? Axis.X : Axis.Y;
            return Optional.of(new Typed(new org.lessonstudio.dsl.model.Expr.Coordinate(target.get().expr(), axis),
                    Type.NUMBER));
        }
        var report = diagnostics.error(m.memberSpan(), "member.unknown", m.member(), target.get().type().description());
        if (target.get().type() == Type.POINT) {
            report.hint("point-parts");
        }
        return Optional.empty();
    }

    private Optional<Typed> objectMember(Symbol symbol, Expr.Member m, Set<String> uses) {
        if (symbol.isUnknown()) {
            return Optional.empty();
        }
        Map<String, Type> members = members(symbol.kind());
        Type type = members.get(m.member());
        if (type == null) {
            if (symbol.isValue()) {
                diagnostics.error(m.memberSpan(), "member.of-value", m.member(), symbol.name());
            } else {
                var report = diagnostics.error(m.memberSpan(), "member.unknown-of-object", m.member(),
                        symbol.name(), article(symbol.kind()));
                if (!members.isEmpty()) {
                    Optional<String> close = Suggest.closest(m.member(), members.keySet());
                    report.didYouMeanOr(close.map(c -> symbol.name() + "." + c), "it-has",
                            list(symbol.name(), members.keySet()));
                }
            }
            return Optional.empty();
        }
        uses.add(symbol.name());
        org.lessonstudio.dsl.model.Expr expr = switch (m.member()) {
            case "start" -> new org.lessonstudio.dsl.model.Expr.PointOf(symbol.name(), Anchor.START);
            case "end" -> new org.lessonstudio.dsl.model.Expr.PointOf(symbol.name(), Anchor.END);
            case "center", "origin" -> new org.lessonstudio.dsl.model.Expr.PointOf(symbol.name(), Anchor.CENTER);
            case "middle" -> new org.lessonstudio.dsl.model.Expr.PointOf(symbol.name(), Anchor.MIDDLE);
            case "radius" -> new org.lessonstudio.dsl.model.Expr.NumberOf(symbol.name(), Measure.RADIUS);
            case "length" -> new org.lessonstudio.dsl.model.Expr.NumberOf(symbol.name(), Measure.LENGTH);
            default -> throw new IllegalStateException("member table and switch disagree: " + m.member());
        };
        return Optional.of(new Typed(expr, type));
    }

    private Optional<Typed> binary(Expr.Binary b, String parameter, Set<String> uses) {
        Optional<Typed> left = check(b.left(), parameter, uses);
        Optional<Typed> right = check(b.right(), parameter, uses);
        if (left.isEmpty() || right.isEmpty()) {
            return Optional.empty();
        }
        Operator op = switch (b.op()) {
            case '+' -> Operator.PLUS;
            case '-' -> Operator.MINUS;
            case '*' -> Operator.TIMES;
            case '/' -> Operator.DIVIDE;
            default -> Operator.POWER;
        };
        Type l = left.get().type();
        Type r = right.get().type();
        if (l == Type.NUMBER && r == Type.NUMBER) {
            return Optional.of(new Typed(
                    new org.lessonstudio.dsl.model.Expr.Arithmetic(op, left.get().expr(), right.get().expr()),
                    Type.NUMBER));
        }
        boolean pointWithPoint = l == Type.POINT && r == Type.POINT && (op == Operator.PLUS || op == Operator.MINUS);
        boolean pointByNumber = l == Type.POINT && r == Type.NUMBER && (op == Operator.TIMES || op == Operator.DIVIDE);
        boolean numberTimesPoint = l == Type.NUMBER && r == Type.POINT && op == Operator.TIMES;
        if (pointWithPoint || pointByNumber) {
            return Optional.of(new Typed(
                    new org.lessonstudio.dsl.model.Expr.PointMath(op, left.get().expr(), right.get().expr()),
                    Type.POINT));
        }
        if (numberTimesPoint) {
            return Optional.of(new Typed(
                    new org.lessonstudio.dsl.model.Expr.PointMath(op, right.get().expr(), left.get().expr()),
                    Type.POINT));
        }
        diagnostics.error(b.span(), "type.operator", String.valueOf(b.op()), l.description(), r.description());
        return Optional.empty();
    }

    private Optional<Typed> call(Expr.Call c, String parameter, Set<String> uses) {
        if (c.function().equals("distance")) {
            if (c.arguments().size() != 2) {
                diagnostics.error(c.span(), "function.arity", "distance", 2, c.arguments().size());
                return Optional.empty();
            }
            // a formula's own x (a curve's, or a heat map's x and y) may be in the points
            Optional<org.lessonstudio.dsl.model.Expr> a = expect(c.arguments().get(0), Type.POINT, parameter, uses);
            Optional<org.lessonstudio.dsl.model.Expr> b = expect(c.arguments().get(1), Type.POINT, parameter, uses);
            return a.isPresent() && b.isPresent() ? Optional.of(new Typed(
                    new org.lessonstudio.dsl.model.Expr.Distance(a.get(), b.get()), Type.NUMBER)) : Optional.empty();
        }
        if (c.function().equals("intersection")) {
            return intersection(c, uses);
        }
        Optional<MathFunction> function = MathFunction.named(c.function());
        if (function.isEmpty()) {
            diagnostics.error(c.functionSpan(), "function.unknown", c.function())
                    .didYouMean(Suggest.closest(c.function(), MathFunction.words()));
            return Optional.empty();
        }
        if (c.arguments().size() != function.get().arity()) {
            diagnostics.error(c.span(), "function.arity", c.function(), function.get().arity(), c.arguments().size());
            return Optional.empty();
        }
        List<org.lessonstudio.dsl.model.Expr> args = new ArrayList<>();
        boolean ok = true;
        for (Expr arg : c.arguments()) {
            Optional<org.lessonstudio.dsl.model.Expr> checked = number(arg, parameter, uses);
            ok &= checked.isPresent();
            checked.ifPresent(args::add);
        }
        return ok ? Optional.of(new Typed(new org.lessonstudio.dsl.model.Expr.Apply(function.get(), args), Type.NUMBER))
                : Optional.empty();
    }


    /** {@code intersection(a, b)} or {@code intersection(a, b, 2)}, a and b lines, circles or curves. */
    private Optional<Typed> intersection(Expr.Call c, Set<String> uses) {
        List<Expr> args = c.arguments();
        if (args.size() < 2 || args.size() > 3) {
            diagnostics.error(c.span(), "intersection.form");
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (Expr arg : args.subList(0, 2)) {
            if (!(arg instanceof Expr.Name n)) {
                diagnostics.error(arg.span(), "intersection.form");
                return Optional.empty();
            }
            Symbol symbol = symbols.get(n.name());
            if (symbol == null) {
                unknownName(n.name(), n.span(), null);
                return Optional.empty();
            }
            if (symbol.isUnknown()) {
                return Optional.empty();
            }
            if (!Kinds.has(symbol.kind(), Kind.Trait.CROSSES)) {
                diagnostics.error(n.span(), "intersection.kind", n.name(), article(symbol.kind()));
                return Optional.empty();
            }
            uses.add(n.name());
            names.add(n.name());
        }
        int which = 1;
        if (args.size() == 3) {
            if (!(args.get(2) instanceof Expr.Number n) || n.value() < 1 || n.value() != Math.rint(n.value())) {
                diagnostics.error(args.get(2).span(), "intersection.which");
                return Optional.empty();
            }
            which = (int) n.value();
        }
        return Optional.of(new Typed(new org.lessonstudio.dsl.model.Expr.Intersection(names.get(0), names.get(1),
                which), Type.POINT));
    }

    Optional<Symbol> symbol(String name) {
        return Optional.ofNullable(symbols.get(name));
    }

    static String article(String kind) {
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private static String list(String owner, Set<String> members) {
        StringBuilder out = new StringBuilder();
        for (String member : new TreeSet<>(members)) {
            out.append(out.length() == 0 ? "" : ", ").append('`').append(owner).append('.').append(member).append('`');
        }
        return out.toString();
    }
}
