package org.lessonstudio.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.model.Expr;
import org.lessonstudio.dsl.model.Shape;

/**
 * The value of every {@code value} of a scene at any time. A value keeps its starting expression
 * (which may itself follow other values) until its first {@code animate}; each animation runs from
 * where the value was when it started to its target, worked out at that same moment.
 *
 * <p>The end points of each animation depend only on the lesson, so they are remembered once
 * found; everything else is recomputed for every frame.
 */
final class ValueTracks {

    private final ScenePlan plan;
    private final Map<String, Shape> shapes = new HashMap<>();
    private final Map<String, double[]> endpoints = new HashMap<>();
    private final MotionTracks motions;

    ValueTracks(ScenePlan plan) {
        this.plan = plan;
        this.motions = new MotionTracks(this);
        for (Shape s : plan.scene().shapes()) {
            shapes.put(s.name(), s);
        }
    }

    ScenePlan plan() {
        return plan;
    }

    MotionTracks motions() {
        return motions;
    }

    private final Map<SceneExtras.Trace, List<org.lessonstudio.timeline.frame.Vec>> trails = new HashMap<>();

    /**
     * The {@code index}-th sample of a traced point's trail. Samples depend only on the lesson, so
     * each is worked out once, whatever order frames are asked for in.
     */
    org.lessonstudio.timeline.frame.Vec traced(SceneExtras.Trace trace, int index,
                                               java.util.function.Supplier<org.lessonstudio.timeline.frame.Vec> sample) {
        synchronized (trails) {
            List<org.lessonstudio.timeline.frame.Vec> known = trails.computeIfAbsent(trace, k -> new java.util.ArrayList<>());
            if (index < known.size() && known.get(index) != null) {
                return known.get(index);
            }
        }
        org.lessonstudio.timeline.frame.Vec point = sample.get();
        synchronized (trails) {
            List<org.lessonstudio.timeline.frame.Vec> known = trails.get(trace);
            while (known.size() <= index) {
                known.add(null);
            }
            known.set(index, point);
        }
        return point;
    }

    /** The part of the plane the scene shows. */
    org.lessonstudio.timeline.frame.Viewport viewport() {
        return Viewports.of(plan.scene());
    }

    /** The scene's objects by name (never changed after construction, so safe to share). */
    Shape shape(String name) {
        return shapes.get(name);
    }

    private final Object warming = new Object();
    private volatile boolean warm;
    private Thread warmer;

    /**
     * Works out every animation's end points once, in the order the animations start: each then
     * finds the earlier ones it is worked out from already known (a value animated to another
     * value, animated to another…), so no chain of them recurses deeply.
     */
    private void warmUp() {
        if (warm) {
            return;
        }
        synchronized (warming) {
            if (warm || warmer == Thread.currentThread()) {
                return;
            }
            warmer = Thread.currentThread();
            try {
                record Pending(String name, int index, double start, int written) { }
                List<Pending> all = new java.util.ArrayList<>();
                plan.animations().forEach((name, events) -> {
                    for (int i = 0; i < events.size(); i++) {
                        all.add(new Pending(name, i, events.get(i).start(), events.get(i).span().start()));
                    }
                });
                all.sort(java.util.Comparator.comparingDouble(Pending::start).thenComparingInt(Pending::written));
                for (Pending p : all) {
                    endpoints(p.name(), p.index());
                }
            } finally {
                warmer = null;
                warm = true;
            }
        }
    }

    double value(String name, double time) {
        warmUp();
        List<AnimateEvent> events = plan.animations().getOrDefault(name, List.of());
        int last = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).start() < time) {
                last = i;
            }
        }
        if (last < 0) {
            Expr initial = plan.scene().values().get(name);
            try {
                return new Evaluator(this, time).number(initial);
            } catch (NotDrawable e) {
                throw e.at(plan.scene().valueSpans().get(name), "the value `" + name + "`");
            }
        }
        double[] fromTo = endpoints(name, last);
        double p = events.get(last).progress(time);
        return fromTo[0] + (fromTo[1] - fromTo[0]) * p;
    }

    private double[] endpoints(String name, int index) {
        double[] known = knownEndpoints(name, index);
        if (known != null) {
            return known;
        }
        // Work out the earlier animations' end points first, in order: each starts where the one
        // before left the value, and asking for the last first would recurse once per animation.
        for (int earlier = 0; earlier < index; earlier++) {
            if (knownEndpoints(name, earlier) == null) {
                endpointsNow(name, earlier);
            }
        }
        return endpointsNow(name, index);
    }

    private double[] knownEndpoints(String name, int index) {
        synchronized (endpoints) {
            return endpoints.get(name + '\u0000' + index);
        }
    }

    private double[] endpointsNow(String name, int index) {
        String key = name + '\u0000' + index;
        AnimateEvent event = plan.animations().get(name).get(index);
        double from = value(name, event.start());
        double to;
        try {
            to = new Evaluator(this, event.start()).number(event.target());
        } catch (NotDrawable e) {
            throw e.at(event.span(), "the target of this `animate`");
        }
        double[] fromTo = {from, to};
        synchronized (endpoints) {
            endpoints.put(key, fromTo);
        }
        return fromTo;
    }
}
