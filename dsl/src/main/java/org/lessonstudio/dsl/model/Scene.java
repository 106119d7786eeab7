package org.lessonstudio.dsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.source.Span;

/**
 * A checked scene. {@code shapes} are in an order where everything an object depends on comes
 * before it, so they can be evaluated front to back.
 *
 * @param axes the scene's coordinate system, or null for the default one
 * @param valueSpans where each value is defined, for a value that turns out not drawable in a frame
 */
public record Scene(String title, Shape.Axes axes, List<Shape> shapes, Map<String, Expr> values,
                    List<Action> actions, Span span, Map<String, Span> valueSpans) {

    public Scene {
        shapes = List.copyOf(shapes);
        values = Map.copyOf(values);
        actions = List.copyOf(actions);
        valueSpans = Map.copyOf(valueSpans);
    }

    /** Every action in the scene, those under a {@code say} or a {@code together} included, in the order written. */
    public List<Action> everyAction() {
        List<Action> every = new ArrayList<>();
        addEvery(actions, every);
        return every;
    }

    /** The shot a {@code footage} action shows (each such action registers its own). */
    public Shape.Footage shot(Action.Footage action) {
        return shapes.stream().filter(s -> s.name().equals(action.footage())).map(Shape.Footage.class::cast)
                .findFirst().orElseThrow(() -> new IllegalStateException("no shot " + action.footage()));
    }

    private static void addEvery(List<Action> actions, List<Action> into) {
        for (Action action : actions) {
            into.add(action);
            if (action instanceof Action.Say say) {
                addEvery(say.during(), into);
                say.atBookmarks().values().forEach(list -> addEvery(list, into));
            } else if (action instanceof Action.Together together) {
                addEvery(together.children(), into);
            }
        }
    }
}
