package org.lessonstudio.dsl.model;

import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.source.Span;

/**
 * A checked scene. {@code shapes} are in an order where everything an object depends on comes
 * before it, so they can be evaluated front to back.
 *
 * @param axes the scene's coordinate system, or null for the default one
 */
public record Scene(String title, Shape.Axes axes, List<Shape> shapes, Map<String, Expr> values,
                    List<Action> actions, Span span) {

    public Scene {
        shapes = List.copyOf(shapes);
        values = Map.copyOf(values);
        actions = List.copyOf(actions);
    }
}
