package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Placement;
import org.lessonstudio.dsl.model.ScreenPlace;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.dsl.model.Theme;
import org.lessonstudio.timeline.frame.Affine;
import org.lessonstudio.timeline.frame.Appearance;
import org.lessonstudio.timeline.frame.Box;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/**
 * Every kind of figure is painted where its box says it is, and moves when moved: a kind added
 * without its painting, its box or its move fails here (and a kind with no sample here fails the
 * first test, so none is forgotten).
 */
class FigureKindsTest {

    private static final Viewport VIEW = Viewport.DEFAULT;
    private static final int W = 320;
    private static final int H = 180;

    private static Map<Class<?>, Figure> samples() {
        Map<Class<?>, Figure> all = new LinkedHashMap<>();
        Vec o = new Vec(-2, 0);
        put(all, new Figure.Axes(new org.lessonstudio.dsl.model.Axis(-3, 3, 1, true, "x"),
                new org.lessonstudio.dsl.model.Axis(-2, 2, 1, true, "y"), true, null, true));
        put(all, new Figure.NumberLine(-3, 3, 1));
        put(all, new Figure.Circle(o, 1));
        put(all, new Figure.Ellipse(o, 1.5, 0.8));
        put(all, new Figure.Arc(o, 1, 0, 2, true));
        put(all, new Figure.Dot(o, "P"));
        put(all, new Figure.Segment(o, new Vec(1, 1), true));
        put(all, new Figure.Polygon(List.of(o, new Vec(0, 0), new Vec(-1, 1.5))));
        put(all, new Figure.AngleMark(o, 0.8, 0, 1.2, "θ", false));
        put(all, new Figure.Polyline(List.of(List.of(o, new Vec(-1, 1), new Vec(0, 0), new Vec(1, 1)))));
        put(all, new Figure.Area(List.of(List.of(o, new Vec(0, 1.5), new Vec(1, 0)))));
        put(all, new Figure.Brace(o, new Vec(1, 0), "b"));
        put(all, new Figure.Text("Hello", new Figure.Anchor.InScene(o), 0.6));
        put(all, new Figure.Tex("a^2 + b^2 = c^2", new Figure.Anchor.InScene(o), 0.6, Map.of()));
        put(all, new Figure.Table(List.of("x", "y"), List.of(List.of("1", "2"), List.of("2", "4")),
                new Figure.Anchor.InScene(o), 0.4));
        put(all, new Figure.Image(Path.of("../examples/assets/unit-circle.png"), new Figure.Anchor.InScene(o), 2));
        put(all, new Figure.Title("A title", "and its subtitle"));
        put(all, new Figure.Footage("A calm sea at dawn", Shape.Framing.DEFAULT, 1, 4));
        put(all, new Figure.Morph(new Figure.Circle(o, 1), new Figure.Polygon(List.of(o, new Vec(0, 0),
                new Vec(-1, 1.5))), 0.5));
        put(all, new Figure.BarChart(List.of(List.of(new Vec(-3, 0), new Vec(-2, 0), new Vec(-2, 2), new Vec(-3, 2)),
                List.of(new Vec(-1, 0), new Vec(0, 0), new Vec(0, 1), new Vec(-1, 1))),
                List.of(new Vec(-2.5, 0), new Vec(-0.5, 0)), List.of("a", "b")));
        put(all, new Figure.Region(Shape.Combine.UNION, new Figure.Circle(o, 1).outline(),
                new Figure.Circle(new Vec(-1, 0), 1).outline()));
        org.lessonstudio.dsl.model.Expr x = new org.lessonstudio.dsl.model.Expr.PlaneVariable(
                org.lessonstudio.dsl.model.Expr.Axis.X);
        org.lessonstudio.dsl.model.Expr y = new org.lessonstudio.dsl.model.Expr.PlaneVariable(
                org.lessonstudio.dsl.model.Expr.Axis.Y);
        put(all, new Figure.HeatMap(new org.lessonstudio.timeline.frame.Field(x), List.of(), -3, -1, -1, 1,
                List.of(ColorName.BLUE, ColorName.RED), -3, -1, "T", Affine.IDENTITY));
        put(all, new Figure.Warped(new Figure.Segment(o, new Vec(1, 1), false),
                new org.lessonstudio.timeline.frame.Field(new org.lessonstudio.dsl.model.Expr.PairOf(
                        new org.lessonstudio.dsl.model.Expr.Arithmetic(org.lessonstudio.dsl.model.Expr.Operator.PLUS, x,
                                new org.lessonstudio.dsl.model.Expr.Apply(org.lessonstudio.dsl.model.MathFunction.SIN,
                                        List.of(y))), y)), 1));
        put(all, new Figure.Frame(new Figure.Tex("a^2 + b^2 = c^2", new Figure.Anchor.InScene(o), 0.6, Map.of()),
                "b^2"));
        org.lessonstudio.timeline.frame.Screen scene = new Projection(VIEW, W, H).screen();
        put(all, new Figure.Magnifier(o, 1, 0.5, 2, new Figure.Anchor.OnScreen(ScreenPlace.TOP_RIGHT), ColorName.RED,
                scene.scaleX(), scene.scaleY()));
        return all;
    }

    private static void put(Map<Class<?>, Figure> all, Figure f) {
        all.put(f.getClass(), f);
    }

    private static BufferedImage paint(Figure figure) {
        Style style = new Style(ColorName.ORANGE, ColorName.ORANGE, 0.06, false, 1);
        List<Item> items = figure == null ? List.of() : List.of(new Item("it", figure, style, Appearance.FULL));
        FrameState frame = new FrameState(0, 0, "", Theme.CHALKBOARD, VIEW, items, "", 0);
        return new FrameRenderer().render(frame, W, H);
    }

    private static int changed(BufferedImage a, BufferedImage b, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(H, y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(W, x1); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void everyKindOfFigureHasASampleHere() {
        Set<String> kinds = Arrays.stream(Figure.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> sampled = samples().keySet().stream().map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(kinds, sampled);
    }

    @TestFactory
    List<DynamicTest> everyKindIsPaintedInsideItsBoxAndMovesWhenMoved() {
        BufferedImage blank = paint(null);
        org.lessonstudio.timeline.frame.Screen screen = new Projection(VIEW, W, H).screen();
        Projection projection = new Projection(VIEW, W, H);
        return samples().values().stream().map(figure -> DynamicTest.dynamicTest(figure.getClass().getSimpleName(),
                () -> {
                    BufferedImage drawn = paint(figure);
                    assertTrue(changed(blank, drawn, 0, 0, W, H) > 20, "something is painted");
                    Box box = figure.box(screen);
                    if (!box.isEmpty()) {
                        Point2D.Double a = projection.toPixels(new Vec(box.minX(), box.maxY()));
                        Point2D.Double b = projection.toPixels(new Vec(box.maxX(), box.minY()));
                        int inside = changed(blank, drawn, (int) a.x - 3, (int) a.y - 3, (int) b.x + 4, (int) b.y + 4);
                        assertTrue(inside > 5, "painted inside its box " + box + ": " + inside + " pixels");
                    }
                    Figure moved = figure.moved(Affine.translate(new Vec(3, 0)));
                    if (!box.isEmpty() && !(figure instanceof Figure.Axes) && !(figure instanceof Figure.NumberLine)) {
                        assertFalse(Arrays.equals(pixels(drawn), pixels(paint(moved))), "it moves when moved");
                        assertEquals(box.middle().x() + 3, moved.box(screen).middle().x(), 0.3, "its box moves with it");
                    }
                })).toList();
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, W, H, null, 0, W);
    }
}
