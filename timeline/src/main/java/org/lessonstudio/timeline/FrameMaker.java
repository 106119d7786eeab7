package org.lessonstudio.timeline;

import java.util.ArrayList;
import java.util.List;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Style;
import org.lessonstudio.timeline.frame.Appearance;
import org.lessonstudio.timeline.frame.Box;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Tint;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/**
 * Makes the items of one frame of a scene: each object with its tracks folded over it (how much
 * shows, where it is, how it is drawn), then what the overlay tracks add (trails, morphs, boxes),
 * and the camera's view.
 */
final class FrameMaker {

    /** Seconds of scene time between two samples of a traced point's trail. */
    private static final double TRACE_STEP = 1.0 / 60;

    private final SceneTracks scene;
    private final double local;
    private final Evaluator evaluator;
    private final double fade;

    FrameMaker(SceneTracks scene, double local) {
        this.scene = scene;
        this.local = local;
        this.evaluator = Evaluator.at(scene, local);
        ScenePlan plan = scene.plan();
        this.fade = 1 - Easing.SMOOTH.apply((local - (plan.duration() - Schedule.SCENE_TAIL)) / Schedule.SCENE_TAIL);
    }

    List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (Shape shape : scene.plan().scene().shapes()) {
            Appearance appearance = appearance(shape.name()).fadedBy(fade);
            if (appearance.visible()) {
                Figure figure = evaluator.figure(shape.name());
                if (figure instanceof Figure.Footage footage) {
                    figure = playing(footage, shape.name());
                }
                items.add(styled(shape.name(), figure, shape.style(), appearance));
            }
        }
        for (Track.Overlay overlay : scene.overlays()) {
            if (overlay instanceof Trail trail) {
                trail(trail, items);
            } else if (overlay instanceof Morph morph) {
                morph(morph, items);
            } else {
                box((Circumscribe) overlay, items);
            }
        }
        return items;
    }

    /** How much of the object shows: hidden until its first track, then as its tracks leave it. */
    private Appearance appearance(String name) {
        Appearance state = Appearance.HIDDEN;
        for (Track.Showing track : scene.showing(name)) {
            if (track.begun(local)) {
                state = track.apply(track.alpha(local), state);
            }
        }
        return state;
    }

    /** Footage with how far into the shot this frame is: from its latest start to the end that follows. */
    private Figure.Footage playing(Figure.Footage footage, String name) {
        double start = 0;
        double end = scene.plan().duration();
        for (Track.Showing track : scene.showing(name)) {
            if (track instanceof Switch s && s.on() && s.start() <= local) {
                start = s.start();
                end = scene.plan().duration();
            } else if (track instanceof Switch s && !s.on() && s.start() > start && s.start() < end) {
                end = s.start();
            }
        }
        return new Figure.Footage(footage.prompt(), footage.framing(), local - start, end - start,
                footage.statement());
    }

    /** An object's style after its changes, with its tints while a colour change or a nudge runs. */
    private Item styled(String name, Figure figure, Style base, Appearance appearance) {
        Look look = look(name, base);
        return new Item(name, figure, look.style(base), appearance, look.stroke(), look.fillTint());
    }

    private Look look(String name, Style base) {
        Look look = Look.of(base);
        for (Track.Restyling track : scene.restyling(name)) {
            if (track.start() <= local) {
                look = track.apply(track.alpha(local), look);
            }
        }
        return look;
    }

    private void trail(Trail trail, List<Item> items) {
        if (local < trail.start()) {
            return;
        }
        double until = Math.min(local, trail.end());
        List<Vec> run = new ArrayList<>();
        int samples = (int) Math.ceil((until - trail.start()) / TRACE_STEP);
        for (int i = 0; i < samples; i++) {
            double at = trail.start() + i * TRACE_STEP;
            run.add(scene.traced(trail, i, () -> position(trail.point(), at)));
        }
        run.add(position(trail.point(), until));
        Shape point = scene.shape(trail.point());
        Style style = new Style(point.style().color(), null, 0.03, false, point.style().opacity());
        items.add(0, new Item("trace of " + trail.point(), new Figure.Polyline(List.of(run)), style,
                new Appearance(fade, 1)));
    }

    private Vec position(String point, double time) {
        return Evaluator.at(scene, time).figure(point).reference(scene.screen());
    }

    private void morph(Morph morph, List<Item> items) {
        if (!morph.showing(local)) {
            return;
        }
        double p = morph.alpha(local);
        Figure from = evaluator.figure(morph.from());
        Figure to = evaluator.figure(morph.to());
        Style a = look(morph.from(), scene.shape(morph.from()).style()).style(scene.shape(morph.from()).style());
        Style b = look(morph.to(), scene.shape(morph.to()).style()).style(scene.shape(morph.to()).style());
        Style style = new Style(a.color(), a.fill(), a.thickness() + (b.thickness() - a.thickness()) * p, false,
                a.opacity() + (b.opacity() - a.opacity()) * p);
        items.add(new Item(morph.from() + " into " + morph.to(), new Figure.Morph(from, to, p), style,
                new Appearance(fade, 1), new Tint(b.color(), p), Tint.NONE));
    }

    /** {@code circumscribe}: a box drawn around the objects in the first half, faded in the last part. */
    private void box(Circumscribe box, List<Item> items) {
        double q = box.through(local);
        if (q < 0) {
            return;
        }
        Box around = Box.EMPTY;
        for (String target : box.targets()) {
            around = around.with(evaluator.figure(target).box(scene.screen()));
        }
        if (around.isEmpty()) {
            return;
        }
        Viewport view = scene.viewport();
        double pad = (view.yMax() - view.yMin()) / 40;
        Figure rectangle = new Figure.Polygon(List.of(new Vec(around.minX() - pad, around.minY() - pad),
                new Vec(around.maxX() + pad, around.minY() - pad), new Vec(around.maxX() + pad, around.maxY() + pad),
                new Vec(around.minX() - pad, around.maxY() + pad)));
        double reveal = Easing.SMOOTH.apply(Math.min(1, q / 0.5));
        double opacity = q < 0.6 ? 1 : 1 - (q - 0.6) / 0.4;
        items.add(new Item("circumscribe", rectangle, new Style(ColorName.YELLOW, null, 0.045, false, 1),
                new Appearance(opacity * fade, reveal)));
    }

    /**
     * The camera's view now: the scene's own, zoomed, panned, focused or following by the camera's
     * moves so far. A followed object is aimed at where it is now, so a later move starts from
     * wherever the following left the view, and the way out is as smooth as the way in.
     */
    Viewport viewport() {
        Viewport base = scene.viewport();
        CameraMove.View view = CameraMove.View.of(base);
        for (CameraMove move : scene.camera()) {
            if (move.start() <= local) {
                Vec aim = move.follows() ? evaluator.figure(move.camera().focus()).reference(scene.screen())
                        : scene.aim(move);
                view = move.apply(move.alpha(local), view, aim, base);
            }
        }
        return view.viewport(base);
    }

    double fade() {
        return fade;
    }
}
