package org.lessonstudio.dsl.check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Placement;
import org.lessonstudio.dsl.model.ScreenPlace;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Style;

/** Writing and pictures: text, formulas, live numbers, tables of values, images. */
final class WritingShapes {

    private static final Placement CENTER = new Placement.OnScreen(ScreenPlace.CENTER);

    private final ClauseReader read;
    private final Style style;
    private final String name;

    WritingShapes(ClauseReader read, Style style) {
        this.read = read;
        this.style = style;
        this.name = read.name;
    }

    /** Letters smaller than this (in screen units) are hard to read on a classroom projector. */
    private static final double READABLE = 0.25;

    /** Where it goes (reported if wrong); then the kind's own parts. */
    private Shape placed(java.util.function.Function<Optional<Placement>, Shape> kind) {
        Optional<Placement> placement = read.placement(CENTER);
        Shape shape = kind.apply(placement);
        return placement.isPresent() ? shape : null;
    }

    /**
     * The size of letters, within the kind's range (one mistake when it is not), with a warning
     * when it is allowed but too small to read.
     */
    private Optional<Double> letterSize(double min, double max, double fallback) {
        Optional<Double> size = read.fixed("size", min, max, fallback);
        read.get("size").ifPresent(c -> size.filter(s -> s < READABLE).ifPresent(s ->
                read.diagnostics.warning(c.args().get(0).span(), "text.small", SceneChecker.format(s))));
        return size;
    }

    Shape text() {
        return placed(this::text);
    }

    Shape tex() {
        return placed(this::tex);
    }

    Shape number() {
        return placed(this::number);
    }

    Shape table() {
        return placed(this::table);
    }

    Shape image() {
        return placed(this::image);
    }

    private Shape text(Optional<Placement> placement) {
        Optional<String> content = read.require("", "text note: \"Hello\"").map(ClauseReader::text);
        double size = letterSize(0.1, 5, 0.45).orElse(0.45);
        return content.isPresent() && placement.isPresent()
                ? new Shape.Text(name, content.get(), placement.get(), size, style, read.span) : null;
    }

    private Shape tex(Optional<Placement> placement) {
        Optional<String> content = read.require("", "tex f: \"\\sin\\theta\"").map(ClauseReader::text);
        double size = letterSize(0.1, 5, 0.6).orElse(0.6);
        Map<String, ColorName> parts = new LinkedHashMap<>();
        for (Clause clause : read.clauses.all("color part")) {
            String part = ((Arg.TextArg) clause.args().get(0)).text();
            read.color((Arg.NameArg) clause.args().get(1)).ifPresent(c -> parts.put(part, c));
            if (content.isPresent() && !content.get().contains(part)) {
                read.diagnostics.error(clause.args().get(0).span(), "tex.part-missing", part);
            }
        }
        return content.isPresent() && placement.isPresent()
                ? new Shape.Tex(name, content.get(), placement.get(), size, parts, style, read.span) : null;
    }

    private Shape number(Optional<Placement> placement) {
        Optional<Expr> value = read.require("", "number n: t, decimals 2").flatMap(c -> read.number(c, 0));
        int decimals = (int) Math.round(read.fixed("decimals", 0, 6, 2).orElse(2.0));
        String prefix = read.text("prefix").orElse("");
        String suffix = read.text("suffix").orElse("");
        double size = letterSize(0.1, 5, 0.45).orElse(0.45);
        return value.isPresent() && placement.isPresent() ? new Shape.Readout(name, value.get(), decimals, prefix,
                suffix, placement.get(), size, style, read.span) : null;
    }

    private Shape table(Optional<Placement> placement) {
        Optional<Clause> x = read.require("x", "x from 0 to 2 pi, step pi / 2, y = sin(x)");
        Optional<Clause> y = read.require("y", "x from 0 to 2 pi, step pi / 2, y = sin(x)");
        Optional<Clause> step = read.require("step", "x from 0 to 2 pi, step pi / 2, y = sin(x)");
        int decimals = (int) Math.round(read.fixed("decimals", 0, 6, 2).orElse(2.0));
        double size = letterSize(0.1, 5, 0.4).orElse(0.4);
        if (x.isEmpty() || y.isEmpty() || step.isEmpty() || placement.isEmpty()) {
            return null;
        }
        if (x.get().args().size() != 2 || y.get().args().size() != 1) {
            read.diagnostics.error(read.span, "table.form");
            return null;
        }
        Optional<Double> from = read.fixed(x.get(), 0, -1e6, 1e6);
        Optional<Double> to = read.fixed(x.get(), 1, -1e6, 1e6);
        Optional<Double> every = read.fixed(step.get(), 0, 1e-6, 1e6);
        Optional<Expr> f = read.number(y.get(), 0, "x");
        if (from.isEmpty() || to.isEmpty() || every.isEmpty() || f.isEmpty()) {
            return null;
        }
        double rows = (to.get() - from.get()) / every.get();
        if (!(rows >= 0) || rows > 40) {
            read.diagnostics.error(x.get().span(), "table.rows", SceneChecker.format(Math.floor(rows) + 1));
            return null;
        }
        return new Shape.Table(name, new Expr.Constant(from.get()), new Expr.Constant(to.get()),
                new Expr.Constant(every.get()), f.get(), decimals, placement.get(), size, style, read.span);
    }

    /** A picture file beside the lesson (never outside its folder): SVG, PNG or JPEG. */
    private Shape image(Optional<Placement> placement) {
        Optional<Clause> file = read.require("", "image diagram: \"diagram.svg\" at center");
        double size = read.fixed("size", 0.2, 9, 3).orElse(3.0);
        if (file.isEmpty() || placement.isEmpty()) {
            return null;
        }
        Optional<Path> path = LessonFiles.resolve(ClauseReader.text(file.get()), file.get().span(),
                Set.of(".svg", ".png", ".jpg", ".jpeg"), "image", read.diagnostics);
        if (path.isEmpty()) {
            return null;
        }
        return new Shape.Image(name, path.get(), placement.get(), size, style, read.span);
    }
}
