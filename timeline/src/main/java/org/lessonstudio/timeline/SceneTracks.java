package org.lessonstudio.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.timeline.frame.Screen;
import org.lessonstudio.timeline.frame.Vec;
import org.lessonstudio.timeline.frame.Viewport;

/**
 * A scene's tracks arranged for working out frames: by the object or value they act on, with
 * what each works from ({@link Track.Moving#ends}, an animation's start and end, a camera's aim)
 * found once and kept. Those depend only on the lesson, so frames can be asked for in any order,
 * on any thread, and get the same answer; they are found in the order the tracks start, so each
 * finds the earlier ones it builds on already known and nothing recurses deeply.
 */
final class SceneTracks {

    private final ScenePlan plan;
    private final Screen screen;
    private final Map<String, Shape> shapes = new HashMap<>();
    private final Map<String, List<Track.Showing>> showing = new HashMap<>();
    private final Map<String, List<Track.Moving>> moving = new HashMap<>();
    private final Map<String, List<Track.Restyling>> restyling = new HashMap<>();
    private final Map<String, List<Track.Bending>> bending = new HashMap<>();
    private final Map<String, List<Animate>> animations = new HashMap<>();
    private final List<CameraMove> camera = new ArrayList<>();
    private final List<Track.Overlay> overlays = new ArrayList<>();

    /** What each track works from, by its number; filled in the order the tracks start. */
    private final Object[] ends;
    private final RuntimeException[] failures;
    private final int[] position;
    private final Object lock = new Object();
    private volatile int ready;

    private final Map<Trail, List<Vec>> trails = new HashMap<>();

    SceneTracks(ScenePlan plan, double aspect) {
        this.plan = plan;
        this.screen = new Screen(Viewports.of(plan.scene()), aspect);
        for (Shape s : plan.scene().shapes()) {
            shapes.put(s.name(), s);
        }
        int count = plan.tracks().stream().mapToInt(Track::seq).max().orElse(-1) + 1;
        this.ends = new Object[count];
        this.failures = new RuntimeException[count];
        this.position = new int[count];
        List<Track> tracks = plan.tracks();
        for (int i = 0; i < tracks.size(); i++) {
            Track track = tracks.get(i);
            position[track.seq()] = i;
            if (track instanceof Track.Showing s) {
                showing.computeIfAbsent(s.target(), k -> new ArrayList<>()).add(s);
            }
            if (track instanceof Track.Moving m) {
                moving.computeIfAbsent(m.target(), k -> new ArrayList<>()).add(m);
            }
            if (track instanceof Track.Restyling r) {
                restyling.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r);
            }
            if (track instanceof Track.Bending b) {
                bending.computeIfAbsent(b.target(), k -> new ArrayList<>()).add(b);
            }
            if (track instanceof Animate a) {
                animations.computeIfAbsent(a.value(), k -> new ArrayList<>()).add(a);
            }
            if (track instanceof CameraMove c) {
                camera.add(c);
            }
            if (track instanceof Track.Overlay o) {
                overlays.add(o);
            }
        }
    }

    ScenePlan plan() {
        return plan;
    }

    Screen screen() {
        return screen;
    }

    Viewport viewport() {
        return screen.viewport();
    }

    Shape shape(String name) {
        return shapes.get(name);
    }

    List<Track.Showing> showing(String name) {
        return showing.getOrDefault(name, List.of());
    }

    List<Track.Moving> moving(String name) {
        return moving.getOrDefault(name, List.of());
    }

    List<Track.Restyling> restyling(String name) {
        return restyling.getOrDefault(name, List.of());
    }

    List<Track.Bending> bending(String name) {
        return bending.getOrDefault(name, List.of());
    }

    /** Where a warp sends each point, with the values as they were just before it started. */
    org.lessonstudio.timeline.frame.Field field(Track.Bending track) {
        return (org.lessonstudio.timeline.frame.Field) worked(track);
    }

    List<Animate> animations(String value) {
        return animations.getOrDefault(value, List.of());
    }

    List<CameraMove> camera() {
        return camera;
    }

    List<Track.Overlay> overlays() {
        return overlays;
    }

    Track.Ends ends(Track.Moving track) {
        return (Track.Ends) worked(track);
    }

    double[] ends(Animate track) {
        return (double[]) worked(track);
    }

    /** The point a camera move aims at, or null when it keeps the centre. */
    Vec aim(CameraMove track) {
        return (Vec) worked(track);
    }

    private Object worked(Track track) {
        int at = position[track.seq()];
        if (at >= ready) {
            synchronized (lock) {
                while (ready <= at) {
                    work(plan.tracks().get(ready));
                    ready++;
                }
            }
        }
        if (failures[track.seq()] != null) {
            throw failures[track.seq()];
        }
        return ends[track.seq()];
    }

    private void work(Track track) {
        try {
            Evaluator before = Evaluator.before(this, leader(track));
            if (track instanceof Track.Moving m) {
                ends[track.seq()] = m.ends(before);
            } else if (track instanceof Animate a) {
                ends[track.seq()] = a.ends(before);
            } else if (track instanceof CameraMove c) {
                ends[track.seq()] = c.aim(before);
            } else if (track instanceof Track.Bending b) {
                ends[track.seq()] = b.field(before);
            }
        } catch (NotDrawable e) {
            failures[track.seq()] = e.at(plan.spanOf(track), "this action");
        }
    }

    /**
     * The track from whose start a track sees the scene: itself, or for objects moved as one, the
     * first of that motion's tracks (so none of them sees the others already moved).
     */
    private Track leader(Track track) {
        if (track instanceof Track.Moving m && !m.group().isEmpty()) {
            for (Track t : plan.tracks()) {
                if (t instanceof Track.Moving other && other.group() == m.group() && other.start() == m.start()) {
                    return t;
                }
            }
        }
        return track;
    }

    /**
     * The {@code index}-th sample of a traced point's trail. Samples depend only on the lesson, so
     * each is worked out once, whatever order frames are asked for in.
     */
    Vec traced(Trail trail, int index, Supplier<Vec> sample) {
        synchronized (trails) {
            List<Vec> known = trails.computeIfAbsent(trail, k -> new ArrayList<>());
            if (index < known.size() && known.get(index) != null) {
                return known.get(index);
            }
        }
        Vec point = sample.get();
        synchronized (trails) {
            List<Vec> known = trails.get(trail);
            while (known.size() <= index) {
                known.add(null);
            }
            known.set(index, point);
        }
        return point;
    }
}
