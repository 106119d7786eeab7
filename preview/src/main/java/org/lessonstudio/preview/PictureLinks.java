package org.lessonstudio.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.lessonstudio.app.edit.LessonDraft;
import org.lessonstudio.app.edit.Names;
import org.lessonstudio.dsl.ast.Arg;
import org.lessonstudio.dsl.ast.Clause;
import org.lessonstudio.dsl.ast.Expr;
import org.lessonstudio.dsl.ast.SceneAst;
import org.lessonstudio.dsl.ast.Statement;
import org.lessonstudio.dsl.source.Span;
import org.lessonstudio.renderer.Projection;
import org.lessonstudio.timeline.frame.Box;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Vec;

/**
 * The picture and the text, joined: the object defined on the caret's line is outlined in the
 * picture; clicking an object puts the caret on its definition; dragging a point, a shape's
 * centre or a piece of writing placed at a point writes the new numbers into the text, in place
 * of the numbers written there (only numbers written as numbers: a place worked out from others
 * is refused, with a note). Ctrl+Z on the picture undoes the last drag.
 */
final class PictureLinks {

    /** The clauses that place an object at a point a drag may rewrite, in the order looked for. */
    private static final List<String> PLACED_BY = List.of("at", "center");
    /** How near the mouse must be to an object to pick it, in pixels. */
    private static final double REACH = 8;

    private final ImageView view;
    private final Pane marks = new Pane();
    private final Rectangle outline = new Rectangle();
    private final Circle ghost = new Circle(7);
    private final LessonEditor editor;
    private final Supplier<FrameState> frame;
    private final Consumer<String> status;

    private Optional<Names.Defined> outlined = Optional.empty();
    private Drag drag;

    /** A drag under way: what moves, and the numbers it will rewrite. */
    private record Drag(Names.Defined name, Expr.Number x, Expr.Number y, Span xSpan, Span ySpan, Vec from) { }

    PictureLinks(ImageView view, LessonEditor editor, Supplier<FrameState> frame, Consumer<String> status) {
        this.view = view;
        this.editor = editor;
        this.frame = frame;
        this.status = status;
        outline.setFill(Color.TRANSPARENT);
        outline.setStroke(Color.web("#ffcb6b"));
        outline.setStrokeWidth(2);
        outline.getStrokeDashArray().setAll(6.0, 4.0);
        outline.setVisible(false);
        outline.setId("outline");
        ghost.setFill(Color.web("#ffcb6b", 0.5));
        ghost.setStroke(Color.web("#ffcb6b"));
        ghost.setVisible(false);
        marks.getChildren().addAll(outline, ghost);
        marks.setMouseTransparent(true);
        marks.setPickOnBounds(false);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        editor.onCaretName(name -> {
            outlined = name;
            refresh();
        });
    }

    /** The layer drawn over the picture (the outline, a dragged point's ghost). */
    Pane marks() {
        return marks;
    }

    /** Keeps the outline on its object as the picture changes; called on every pulse. */
    void refresh() {
        Optional<Box> box = outlined.flatMap(this::boxOf);
        outline.setVisible(box.isPresent());
        box.ifPresent(b -> {
            Projection p = projection();
            Bounds at = view.getBoundsInParent();
            double x0 = at.getMinX() + p.px(b.minX());
            double x1 = at.getMinX() + p.px(b.maxX());
            double y0 = at.getMinY() + p.py(b.maxY());
            double y1 = at.getMinY() + p.py(b.minY());
            outline.setX(x0 - 4);
            outline.setY(y0 - 4);
            outline.setWidth(Math.max(8, x1 - x0 + 8));
            outline.setHeight(Math.max(8, y1 - y0 + 8));
        });
    }

    /** Whether an object is outlined now, and which. */
    Optional<String> outlinedName() {
        return outline.isVisible() ? outlined.map(Names.Defined::name) : Optional.empty();
    }

    private Optional<Box> boxOf(Names.Defined name) {
        FrameState now = frame.get();
        if (now == null || now.sceneIndex() != name.scene() || view.getImage() == null) {
            return Optional.empty();
        }
        Projection p = projection();
        return now.items().stream().filter(i -> i.name().equals(name.name())).findFirst()
                .map(i -> i.figure().box(p.screen()));
    }

    private Projection projection() {
        return new Projection(frame.get().viewport(), (int) view.getImage().getWidth(),
                (int) view.getImage().getHeight());
    }

    /** The scene's point under a pixel of the picture. */
    private Vec world(double x, double y) {
        Projection p = projection();
        return new Vec((x - p.px(0)) / p.scale(), (p.py(0) - y) / p.scale());
    }

    /** The object under the mouse: the smallest whose box holds it (points first, as they are small). */
    private Optional<Item> itemAt(double x, double y) {
        FrameState now = frame.get();
        if (now == null || view.getImage() == null) {
            return Optional.empty();
        }
        Projection p = projection();
        Vec at = world(x, y);
        double reach = REACH / p.scale();
        Item best = null;
        double bestArea = Double.MAX_VALUE;
        for (Item item : now.items()) {
            Box b = item.figure().box(p.screen());
            if (at.x() >= b.minX() - reach && at.x() <= b.maxX() + reach && at.y() >= b.minY() - reach
                    && at.y() <= b.maxY() + reach) {
                double area = (b.maxX() - b.minX()) * (b.maxY() - b.minY()) - (item.figure() instanceof Figure.Dot
                        ? 1e9 : 0);
                if (area < bestArea) {
                    best = item;
                    bestArea = area;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<Names.Defined> defined(Item item) {
        FrameState now = frame.get();
        return editor.parsed().names().inScene(now.sceneIndex()).stream()
                .filter(d -> d.name().equals(item.name())).findFirst();
    }

    private void pressed(MouseEvent e) {
        drag = null;
        Optional<Names.Defined> name = itemAt(e.getX(), e.getY()).flatMap(this::defined);
        if (name.isEmpty()) {
            return;
        }
        editor.moveCaretTo(name.get().nameSpan().start());
        view.requestFocus();
        Vec from = world(e.getX(), e.getY());
        drag = draggable(name.get(), from).orElse(null);
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (drag == null) {
            return;
        }
        Bounds at = view.getBoundsInParent();
        ghost.setCenterX(at.getMinX() + e.getX());
        ghost.setCenterY(at.getMinY() + e.getY());
        ghost.setVisible(true);
        view.setCursor(Cursor.CLOSED_HAND);
        e.consume();
    }

    private void released(MouseEvent e) {
        ghost.setVisible(false);
        view.setCursor(Cursor.DEFAULT);
        Drag done = drag;
        drag = null;
        if (done != null && !e.isStillSincePress()) {
            moveTo(done, world(e.getX(), e.getY()));
            e.consume();
        }
    }

    /**
     * Writes the dragged object's new place over the numbers its clause was written with: moved
     * by as much as the mouse moved, so a point grabbed off its centre does not jump, and a
     * number the drag did not change stays as written.
     */
    private void moveTo(Drag done, Vec to) {
        List<LessonEditor.Replacement> changes = new ArrayList<>();
        int decimals = decimals(projection().scale());
        String x = number(done.x().value() + to.x() - done.from().x(), decimals);
        String y = number(done.y().value() + to.y() - done.from().y(), decimals);
        if (!same(done.x(), x)) {
            changes.add(new LessonEditor.Replacement(done.xSpan(), x));
        }
        if (!same(done.y(), y)) {
            changes.add(new LessonEditor.Replacement(done.ySpan(), y));
        }
        if (!changes.isEmpty()) {
            editor.replaceAndSave(changes);
            status.accept("Moved " + done.name().name() + " to (" + x + ", " + y + "): Ctrl+Z on the picture undoes it.");
        }
    }

    private static boolean same(Expr.Number written, String now) {
        return Double.parseDouble(now) == written.value();
    }

    /**
     * As many decimals as the mouse can place on this picture: a step of at least four pixels, so
     * a drag by a whole unit writes 4, not 3.99.
     */
    static int decimals(double pixelsPerUnit) {
        return Math.max(0, (int) Math.floor(Math.log10(pixelsPerUnit / 4)));
    }

    /** A number as a teacher writes it: 1.5, not 1.50 or 1.4999. */
    static String number(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals("-0") ? "0" : text;
    }

    /**
     * The numbers a drag of this object may rewrite: its {@code at} or {@code center} written as a
     * pair of plain numbers. Anything else is refused, with a note saying why.
     */
    private Optional<Drag> draggable(Names.Defined name, Vec from) {
        LessonDraft draft = editor.parsed();
        Optional<Statement.Definition> definition = definition(draft, name);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        for (String keyword : PLACED_BY) {
            for (Clause clause : definition.get().clauses()) {
                if (!clause.keyword().equals(keyword) || clause.args().isEmpty()) {
                    continue;
                }
                if (clause.args().get(0) instanceof Arg.ExprArg arg && arg.expr() instanceof Expr.Pair pair
                        && plain(pair.x()).isPresent() && plain(pair.y()).isPresent()) {
                    return Optional.of(new Drag(name, plain(pair.x()).get(), plain(pair.y()).get(),
                            numberSpan(pair.x()), numberSpan(pair.y()), from));
                }
                refuse(name, draft.text().substring(clause.span().start(), clause.span().end()));
                return Optional.empty();
            }
        }
        Optional<Clause> placed = definition.get().clauses().stream().filter(c -> c.keyword().equals("on"))
                .findFirst();
        placed.ifPresent(c -> refuse(name, draft.text().substring(c.span().start(), c.span().end())));
        return Optional.empty();
    }

    private void refuse(Names.Defined name, String written) {
        status.accept(name.name() + " cannot be dragged: its place is worked out (" + written.strip()
                + "), and only numbers written as numbers are changed. Edit it in the text.");
    }

    /** A number as written, or a minus sign before one (its value negated, its place the whole). */
    private static Optional<Expr.Number> plain(Expr expr) {
        if (expr instanceof Expr.Number n && n.unit().isEmpty()) {
            return Optional.of(n);
        }
        if (expr instanceof Expr.Negate neg && neg.operand() instanceof Expr.Number n && n.unit().isEmpty()) {
            return Optional.of(new Expr.Number(-n.value(), "", neg.span()));
        }
        return Optional.empty();
    }

    private static Span numberSpan(Expr expr) {
        return expr.span();
    }

    private static Optional<Statement.Definition> definition(LessonDraft draft, Names.Defined name) {
        if (name.scene() >= draft.ast().scenes().size()) {
            return Optional.empty();
        }
        SceneAst scene = draft.ast().scenes().get(name.scene());
        return scene.body().stream().filter(Statement.Definition.class::isInstance)
                .map(Statement.Definition.class::cast).filter(d -> d.nameSpan().equals(name.nameSpan())).findFirst();
    }
}
