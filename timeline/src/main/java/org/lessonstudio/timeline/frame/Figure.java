package org.lessonstudio.timeline.frame;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Placement;
import org.lessonstudio.dsl.model.ScreenPlace;

/**
 * The geometry of one object at one moment, fully worked out: no expressions, no time. Positions
 * are in the scene's coordinates; sizes of writing are in screen units (the frame is 9 units tall).
 */
public sealed interface Figure {

    /** Axes (and planes): ticks every {@code step}, a grid when {@code grid}, numbers when {@code numbers}. */
    record Axes(double xMin, double xMax, double yMin, double yMax, double step, boolean grid, boolean numbers,
                String xLabel, String yLabel) implements Figure { }

    /** A number line along y = 0 from {@code min} to {@code max}, numbered every {@code step}. */
    record NumberLine(double min, double max, double step) implements Figure { }

    record Circle(Vec center, double radius) implements Figure { }

    /** An ellipse with half-widths {@code rx} and {@code ry} along x and y. */
    record Ellipse(Vec center, double rx, double ry) implements Figure { }

    /** An arc from {@code start} turning {@code sweep} radians; a sector is closed through the centre. */
    record Arc(Vec center, double radius, double start, double sweep, boolean sector) implements Figure { }

    record Dot(Vec position, String label) implements Figure { }

    /** A straight line; with {@code arrow}, a head at {@code to}. */
    record Segment(Vec from, Vec to, boolean arrow) implements Figure { }

    /** A closed shape through its corners. */
    record Polygon(List<Vec> corners) implements Figure {
        public Polygon {
            corners = List.copyOf(corners);
        }
    }

    /** An angle mark: an arc from {@code startAngle} turning {@code sweep} radians, or a square when {@code right}. */
    record AngleMark(Vec vertex, double radius, double startAngle, double sweep, String label, boolean right)
            implements Figure { }

    /** A sampled curve; gaps where the formula has no value split it into several runs. */
    record Polyline(List<List<Vec>> runs) implements Figure {
        public Polyline {
            runs = runs.stream().map(List::copyOf).toList();
        }
    }

    /** A shaded region, as one or more closed outlines. */
    record Area(List<List<Vec>> outlines) implements Figure {
        public Area {
            outlines = outlines.stream().map(List::copyOf).toList();
        }
    }

    /** A curly brace along from → to, bulging to the right-hand side of that direction, with a label. */
    record Brace(Vec from, Vec to, String label) implements Figure { }

    record Text(String text, Anchor anchor, double size) implements Figure { }

    /** A formula; {@code parts} colours pieces of it. */
    record Tex(String tex, Anchor anchor, double size, Map<String, ColorName> parts) implements Figure {
        public Tex {
            parts = Map.copyOf(parts);
        }
    }

    /** A table: a header row, then rows of values. */
    record Table(List<String> header, List<List<String>> rows, Anchor anchor, double size) implements Figure {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A picture file; {@code size} is its height in screen units. */
    record Image(Path file, Anchor anchor, double size) implements Figure { }

    record Title(String text, String subtitle) implements Figure { }

    /**
     * A shot of footage, {@code time} seconds into its {@code length} on screen. {@code prompt} is the
     * teacher's description, by which the renderer finds the clip made for it; {@code framing} says
     * where it sits, how it fills its place, comes and goes, and fits its length.
     */
    record Footage(String prompt, org.lessonstudio.dsl.model.Shape.Framing framing, double time, double length)
            implements Figure {
        public Footage(String prompt, org.lessonstudio.dsl.model.Shape.Framing framing) {
            this(prompt, framing, 0, 0);
        }

        /** Drawn under the maths, dimmed. */
        public boolean behind() {
            return framing.blend() == org.lessonstudio.dsl.model.Shape.Blend.BEHIND;
        }
    }

    /** One figure flowing into another ({@code transform A into B}), {@code progress} 0 to 1. */
    record Morph(Figure from, Figure to, double progress) implements Figure { }

    /** Where writing sits: centred on a point of the scene, at a place on screen, or beside a point. */
    sealed interface Anchor {
        record InScene(Vec point) implements Anchor { }

        record OnScreen(ScreenPlace place) implements Anchor { }

        /** Screen units from the frame's centre, y up. */
        record OnScreenAt(Vec point) implements Anchor { }

        /** Beside this point, on this side, with a small gap. */
        record Beside(Vec point, Placement.Side side) implements Anchor { }
    }
}
