package org.lessonstudio.timeline;

import java.util.ArrayList;
import java.util.List;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Placement;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.timeline.frame.Appearance;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/** Makes the items of one frame of a scene: its objects, trails, morphs and boxes, and the camera's view. */
final class FrameMaker {

    /** Seconds of scene time between two samples of a traced point's trail. */
    private static final double TRACE_STEP = 1.0 / 60;

    private final ScenePlan plan;
    private final ValueTracks tracks;
    private final double local;
    private final Evaluator evaluator;
    private final double fade;

    FrameMaker(ScenePlan plan, ValueTracks tracks, double local) {
        this.plan = plan;
        this.tracks = tracks;
        this.local = local;
        this.evaluator = new Evaluator(tracks, local);
        this.fade = 1 - Easing.SMOOTH.apply((local - (plan.duration() - Schedule.SCENE_TAIL)) / Schedule.SCENE_TAIL);
    }

    List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (Shape shape : plan.scene().shapes()) {
            Appearance appearance = Appearances.at(plan.reveals().getOrDefault(shape.name(), List.of()), local)
                    .fadedBy(fade);
            if (appearance.visible()) {
                Figure figure = evaluator.figure(shape.name());
                if (figure instanceof Figure.Footage footage) {
                    figure = playing(footage, plan.reveals().getOrDefault(shape.name(), List.of()));
                }
                items.add(styled(shape.name(), figure, shape.style(), appearance));
            }
        }
        traces(items);
        morphs(items);
        boxes(items);
        return items;
    }

    /** Footage with how far into the shot this frame is: from its latest start to the end that follows. */
    private Figure.Footage playing(Figure.Footage footage, List<RevealEvent> events) {
        double start = 0;
        double end = plan.duration();
        for (RevealEvent event : events) {
            if (event.kind() == org.lessonstudio.dsl.model.Action.RevealKind.SHOW && event.start() <= local) {
                start = event.start();
                end = plan.duration();
            } else if (event.kind() == org.lessonstudio.dsl.model.Action.RevealKind.HIDE && event.start() > start
                    && event.start() < end) {
                end = event.start();
            }
        }
        return new Figure.Footage(footage.prompt(), footage.framing(), local - start, end - start);
    }

    /** An object's style after its changes, and its tint while a colour change or a nudge runs. */
    private Item styled(String name, Figure figure, Style base, Appearance appearance) {
        ColorName color = base.color();
        double opacity = base.opacity();
        double thickness = base.thickness();
        ColorName mixColor = null;
        double mix = 0;
        for (ChangeEvent event : plan.changes().getOrDefault(name, List.of())) {
            if (event.start() > local) {
                break;
            }
            double p = event.progress(local);
            if (event.change().color() != null) {
                if (p >= 1) {
                    color = event.change().color();
                    mixColor = null;
                    mix = 0;
                } else {
                    mixColor = event.change().color();
                    mix = p;
                }
            }
            if (event.change().opacity() != null) {
                opacity = p >= 1 ? event.change().opacity() : opacity + (event.change().opacity() - opacity) * p;
            }
            if (event.change().thickness() != null) {
                thickness = p >= 1 ? event.change().thickness()
                        : thickness + (event.change().thickness() - thickness) * p;
            }
        }
        double nudge = tracks.motions().nudge(name, local);
        if (nudge > mix) {
            mixColor = ColorName.YELLOW;
            mix = nudge;
        }
        Style style = new Style(color, base.fill() == base.color() ? color : base.fill(), thickness, base.dashed(),
                opacity, base.layer());
        return new Item(name, figure, style, appearance, mixColor, mix);
    }

    private void traces(List<Item> items) {
        for (SceneExtras.Trace trace : plan.extras().traces()) {
            if (local < trace.start()) {
                continue;
            }
            double until = Math.min(local, trace.end());
            List<Vec> run = new ArrayList<>();
            int samples = (int) Math.ceil((until - trace.start()) / TRACE_STEP);
            for (int i = 0; i < samples; i++) {
                double at = trace.start() + i * TRACE_STEP;
                run.add(tracks.traced(trace, i, () -> position(trace.point(), at)));
            }
            run.add(position(trace.point(), until));
            Shape point = tracks.shape(trace.point());
            Style style = new Style(point.style().color(), null, 0.03, false, point.style().opacity());
            items.add(0, new Item("trace of " + trace.point(), new Figure.Polyline(List.of(run)), style,
                    new Appearance(fade, 1)));
        }
    }

    private Vec position(String point, double time) {
        Figure figure = new Evaluator(tracks, time).figure(point);
        return ((Figure.Dot) figure).position();
    }

    private void morphs(List<Item> items) {
        for (SceneExtras.Morph morph : plan.extras().morphs()) {
            if (local < morph.start() || local >= morph.start() + morph.duration()) {
                continue;
            }
            double p = morph.progress(local);
            Figure from = evaluator.figure(morph.from());
            Figure to = evaluator.figure(morph.to());
            Style a = styled(morph.from(), from, tracks.shape(morph.from()).style(), Appearance.FULL).style();
            Style b = styled(morph.to(), to, tracks.shape(morph.to()).style(), Appearance.FULL).style();
            Style style = new Style(a.color(), a.fill(), a.thickness() + (b.thickness() - a.thickness()) * p, false,
                    a.opacity() + (b.opacity() - a.opacity()) * p);
            items.add(new Item(morph.from() + " into " + morph.to(), new Figure.Morph(from, to, p), style,
                    new Appearance(fade, 1), b.color(), p));
        }
    }

    /** {@code circumscribe}: a box drawn around the objects in the first half, faded in the last part. */
    private void boxes(List<Item> items) {
        for (SceneExtras.Box box : plan.extras().boxes()) {
            double q = box.duration() <= 0 ? 1 : (local - box.start()) / box.duration();
            if (q < 0 || q > 1) {
                continue;
            }
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (String target : box.targets()) {
                Figure f = evaluator.figure(target);
                Vec low = Bounds.edge(f, Placement.Side.BELOW);
                Vec high = Bounds.edge(f, Placement.Side.ABOVE);
                Vec left = Bounds.edge(f, Placement.Side.LEFT);
                Vec right = Bounds.edge(f, Placement.Side.RIGHT);
                minX = Math.min(minX, left.x());
                maxX = Math.max(maxX, right.x());
                minY = Math.min(minY, low.y());
                maxY = Math.max(maxY, high.y());
            }
            if (!(maxX >= minX)) {
                continue;
            }
            Viewport view = tracks.viewport();
            double pad = (view.yMax() - view.yMin()) / 40;
            Figure rectangle = new Figure.Polygon(List.of(new Vec(minX - pad, minY - pad), new Vec(maxX + pad, minY - pad),
                    new Vec(maxX + pad, maxY + pad), new Vec(minX - pad, maxY + pad)));
            double reveal = Easing.SMOOTH.apply(Math.min(1, q / 0.5));
            double opacity = q < 0.6 ? 1 : 1 - (q - 0.6) / 0.4;
            items.add(new Item("circumscribe", rectangle, new Style(ColorName.YELLOW, null, 0.045, false, 1),
                    new Appearance(opacity * fade, reveal)));
        }
    }

    /** The camera's view now: the scene's own, zoomed, panned or focused by the camera's moves so far. */
    Viewport viewport() {
        Viewport base = tracks.viewport();
        double cx = (base.xMin() + base.xMax()) / 2;
        double cy = (base.yMin() + base.yMax()) / 2;
        double zoom = 1;
        for (SceneExtras.CameraMove move : plan.extras().camera()) {
            if (move.start() > local) {
                break;
            }
            double p = move.progress(local);
            double[] target = cameraTarget(move, cx, cy, zoom, base);
            cx += (target[0] - cx) * p;
            cy += (target[1] - cy) * p;
            zoom = zoom * Math.pow(target[2] / zoom, p);
        }
        double halfW = (base.xMax() - base.xMin()) / 2 / zoom;
        double halfH = (base.yMax() - base.yMin()) / 2 / zoom;
        return new Viewport(cx - halfW, cx + halfW, cy - halfH, cy + halfH);
    }

    private double[] cameraTarget(SceneExtras.CameraMove move, double cx, double cy, double zoom, Viewport base) {
        var camera = move.camera();
        if (camera.reset()) {
            return new double[] {(base.xMin() + base.xMax()) / 2, (base.yMin() + base.yMax()) / 2, 1};
        }
        double z = camera.zoom() != null ? camera.zoom() : camera.focus() != null ? 2 : zoom;
        Evaluator at = new Evaluator(tracks, move.start());
        if (camera.center() != null) {
            Vec c = at.point(camera.center());
            return new double[] {c.x(), c.y(), z};
        }
        if (camera.focus() != null) {
            Vec c = Bounds.reference(at.figure(camera.focus()));
            return new double[] {c.x(), c.y(), z};
        }
        return new double[] {cx, cy, z};
    }

    double fade() {
        return fade;
    }
}
