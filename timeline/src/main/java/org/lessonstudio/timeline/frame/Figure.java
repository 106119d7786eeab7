package org.lessonstudio.timeline.frame;

import java.util.List;
import org.lessonstudio.dsl.model.ScreenPlace;

/**
 * The geometry of one object at one moment, fully worked out: no expressions, no time. Positions
 * are in the scene's coordinates; sizes of text are in screen units (the frame is 9 units tall).
 */
public sealed interface Figure {

    record Axes(double xMin, double xMax, double yMin, double yMax) implements Figure { }

    record Circle(Vec center, double radius) implements Figure { }

    record Dot(Vec position, String label) implements Figure { }

    record Segment(Vec from, Vec to) implements Figure { }

    /** An angle mark: an arc from {@code startAngle} turning {@code sweep} radians counter-clockwise. */
    record AngleMark(Vec vertex, double radius, double startAngle, double sweep, String label) implements Figure { }

    /** A sampled curve; gaps where the formula has no value split it into several runs. */
    record Polyline(List<List<Vec>> runs) implements Figure {
        public Polyline {
            runs = runs.stream().map(List::copyOf).toList();
        }
    }

    record Text(String text, Anchor anchor, double size) implements Figure { }

    record Tex(String tex, Anchor anchor, double size) implements Figure { }

    record Title(String text, String subtitle) implements Figure { }

    /** Where a text sits: centred on a point of the scene, or at a named place on screen. */
    sealed interface Anchor {
        record InScene(Vec point) implements Anchor { }

        record OnScreen(ScreenPlace place) implements Anchor { }
    }
}
