package org.lessonstudio.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.timeline.frame.Figure;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/**
 * How each object of a scene has been moved, turned and resized by a time: the motions begun
 * before it, composed in order. Each motion's end points (where it goes, what it turns about) are
 * worked out at the moment it starts, like an animation's target, and remembered.
 */
final class MotionTracks {

    /**
     * How many motions' end points may be in the making inside one another: past it, a motion
     * still being worked out counts as not begun (as it does for itself).
     */
    private static final int NESTED = 32;

    private final ValueTracks tracks;
    private final Map<String, double[]> endpoints = new HashMap<>();
    /** The motions whose end points this thread is working out now, innermost last. */
    private final ThreadLocal<java.util.Deque<String>> making = ThreadLocal.withInitial(java.util.ArrayDeque::new);
    private final Object warming = new Object();
    private volatile boolean warm;
    private Thread warmer;

    MotionTracks(ValueTracks tracks) {
        this.tracks = tracks;
    }

    Affine affine(String name, double time) {
        warmUp();
        List<MotionEvent> events = tracks.plan().motions().getOrDefault(name, List.of());
        Affine total = Affine.IDENTITY;
        for (int k = 0; k < events.size(); k++) {
            MotionEvent event = events.get(k);
            if (event.start() < time || event.duration() == 0 && event.start() <= time) {
                if (known(name, k) == null && (making.get().contains(key(name, k))
                        || making.get().size() >= NESTED)) {
                    // Worked out from itself (two objects moved onto each other in the same
                    // instant) or too deep a chain of such: it has not happened yet here.
                    continue;
                }
                total = total.then(step(name, k, event, time));
            }
        }
        return total;
    }

    /**
     * Works out every motion's end points once, in the order the motions start, before the first
     * frame: each then finds the earlier ones it depends on already known, so no chain of motions
     * recurses deeply, and the results never depend on which frame was asked for first.
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
                record Pending(String name, int k, MotionEvent event) { }
                List<Pending> all = new java.util.ArrayList<>();
                tracks.plan().motions().forEach((name, events) -> {
                    for (int k = 0; k < events.size(); k++) {
                        all.add(new Pending(name, k, events.get(k)));
                    }
                });
                // In the order they start, and those starting together in the order written.
                all.sort(java.util.Comparator.comparingDouble((Pending p) -> p.event().start())
                        .thenComparingInt(p -> p.event().motion().span().start()));
                for (Pending p : all) {
                    endpoints(p.name(), p.k(), p.event());
                }
            } finally {
                warmer = null;
                warm = true;
            }
        }
    }

    private static String key(String name, int k) {
        return name + '\u0000' + k;
    }

    private double[] known(String name, int k) {
        synchronized (endpoints) {
            return endpoints.get(key(name, k));
        }
    }

    private Affine step(String name, int k, MotionEvent event, double time) {
        double p = event.progress(time);
        double[] e = endpoints(name, k, event);
        Vec first = new Vec(e[0], e[1]);
        return switch (event.motion().kind()) {
            case MOVE -> Affine.translate(new Vec(e[2] - e[0], e[3] - e[1]).times(p));
            case ALONG -> Affine.translate(alongPath(name, k, event, p).minus(first));
            case ROTATE -> Affine.rotate(e[2] * p, first);
            case SCALE -> Affine.scale(1 + (e[2] - 1) * p, first);
            case GROW -> Affine.scale(Math.max(1e-6, p), first);
            case INDICATE -> Affine.scale(1 + 0.2 * Math.sin(Math.PI * event.linear(time)), first);
            case SHIFT_IN -> Affine.translate(new Vec(e[0], e[1]).times(1 - p));
            case SHIFT_OUT -> Affine.translate(new Vec(e[0], e[1]).times(p));
        };
    }

    /**
     * The numbers a motion needs, found at its start: the object's reference point (or the pivot)
     * and, for a move, the target; for a turn the angle, for a resize the factor; for a shift, the offset.
     */
    private double[] endpoints(String name, int k, MotionEvent event) {
        String key = key(name, k);
        double[] known = known(name, k);
        if (known != null) {
            return known;
        }
        making.get().addLast(key);
        try {
            return endpointsNow(key, event);
        } finally {
            making.get().removeLast();
        }
    }

    private double[] endpointsNow(String key, MotionEvent event) {
        String name = key.substring(0, key.indexOf('\u0000'));
        Action.Motion m = event.motion();
        Evaluator at = new Evaluator(tracks, event.start());
        // Several objects moved at once, not one after another, move as one: about their middle.
        boolean asOne = m.targets().size() > 1 && m.stagger() == 0;
        Vec reference = asOne ? Bounds.middle(m.targets().stream().map(at::figure).toList())
                : Bounds.reference(at.figure(name));
        Vec pivot = m.point() == null ? reference : at.point(m.point());
        double[] found = switch (m.kind()) {
            case MOVE -> {
                Vec target = at.point(m.point());
                yield new double[] {reference.x(), reference.y(), target.x(), target.y()};
            }
            case ALONG -> new double[] {reference.x(), reference.y()};
            case ROTATE, SCALE -> new double[] {pivot.x(), pivot.y(), at.number(m.amount())};
            case GROW, INDICATE -> new double[] {pivot.x(), pivot.y()};
            case SHIFT_IN, SHIFT_OUT -> {
                Vec offset = shift(m, tracks.viewport());
                yield new double[] {offset.x(), offset.y()};
            }
        };
        synchronized (endpoints) {
            endpoints.put(key, found);
        }
        return found;
    }

    /** A fade's shift: a twelfth of the view's height, from (or toward) the side named. */
    private static Vec shift(Action.Motion m, Viewport viewport) {
        double d = (viewport.yMax() - viewport.yMin()) / 12;
        return switch (m.side()) {
            case LEFT -> new Vec(-d, 0);
            case RIGHT -> new Vec(d, 0);
            case ABOVE -> new Vec(0, d);
            case BELOW -> new Vec(0, -d);
        };
    }

    /** The point a fraction p of the way along the path's outline, as it was when the motion began. */
    private Vec alongPath(String name, int k, MotionEvent event, double p) {
        Evaluator at = new Evaluator(tracks, event.start());
        List<Vec> path = Outline.of(at.figure(event.motion().path()));
        return Outline.at(path, p);
    }

    static boolean isIndicate(MotionEvent event) {
        return event.motion().kind() == Action.MotionKind.INDICATE;
    }

    /** For {@code indicate}: how strongly the object is tinted at this time (0 when not indicated). */
    double nudge(String name, double time) {
        double strongest = 0;
        for (MotionEvent event : tracks.plan().motions().getOrDefault(name, List.of())) {
            if (isIndicate(event) && time >= event.start() && time <= event.end()) {
                strongest = Math.max(strongest, Math.sin(Math.PI * event.linear(time)));
            }
        }
        return strongest;
    }

    /** Figures keep their own kind under a move; only the evaluator applies this. */
    static Figure moved(Figure figure, Affine affine) {
        return affine.isIdentity() ? figure : Transformer.apply(figure, affine);
    }
}
