package org.lessonstudio.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Scene;

/**
 * Lays a scene's actions out in time. Actions run one after another; {@code together} starts its
 * children at once (or a stagger apart) and lasts until the last ends; a {@code say} runs the
 * actions under it while it is spoken and lasts as long as the longer of the two. Every time is
 * known here, up front.
 */
final class Schedule {

    /** Seconds at the end of every scene in which everything fades out before the next. */
    static final double SCENE_TAIL = 0.6;

    private final Map<String, List<RevealEvent>> reveals = new LinkedHashMap<>();
    private final Map<String, List<AnimateEvent>> animations = new LinkedHashMap<>();
    private final Map<String, List<MotionEvent>> motions = new LinkedHashMap<>();
    private final Map<String, List<ChangeEvent>> changes = new LinkedHashMap<>();
    private final List<SceneExtras.Trace> traces = new ArrayList<>();
    private final List<SceneExtras.Morph> morphs = new ArrayList<>();
    private final List<SceneExtras.Box> boxes = new ArrayList<>();
    private final List<SceneExtras.CameraMove> camera = new ArrayList<>();
    private final List<CaptionEvent> captions = new ArrayList<>();
    private final List<SceneExtras.MusicCue> music = new ArrayList<>();
    private final String language;
    private final SpeechTimes speech;

    static ScenePlan plan(Scene scene, double start, String language, SpeechTimes speech) {
        Schedule schedule = new Schedule(language, speech);
        double end = schedule.sequence(scene.actions(), 0);
        double duration = end + SCENE_TAIL;
        List<SceneExtras.Trace> traces = schedule.traces.stream().map(t -> Double.isNaN(t.end())
                ? new SceneExtras.Trace(t.point(), t.start(), duration) : t).toList();
        return new ScenePlan(scene, start, duration, sorted(schedule.reveals, RevealEvent::start),
                sorted(schedule.animations, AnimateEvent::start), sorted(schedule.motions, MotionEvent::start),
                sorted(schedule.changes, ChangeEvent::start),
                new SceneExtras(traces, schedule.morphs, schedule.boxes, schedule.camera, schedule.music),
                schedule.captions);
    }

    private static <T> Map<String, List<T>> sorted(Map<String, List<T>> events, ToDoubleFunction<T> start) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        events.forEach((k, v) -> out.put(k, v.stream().sorted(Comparator.comparingDouble(start)).toList()));
        return out;
    }

    /** Lays out actions one after another from {@code at}; returns when the last one ends. */
    private double sequence(List<Action> actions, double at) {
        double cursor = at;
        for (Action action : actions) {
            cursor = place(action, cursor);
        }
        return cursor;
    }

    private static double staggered(int count, double stagger, double duration) {
        return Math.max(0, count - 1) * stagger + duration;
    }

    /** Places one action starting at {@code at}; returns when it ends. */
    private double place(Action action, double at) {
        if (action instanceof Action.Reveal r) {
            for (int i = 0; i < r.targets().size(); i++) {
                reveals.computeIfAbsent(r.targets().get(i), k -> new ArrayList<>())
                        .add(new RevealEvent(r.kind(), at + i * r.stagger(), r.duration(), r.easing()));
            }
            return at + staggered(r.targets().size(), r.stagger(), r.duration());
        }
        if (action instanceof Action.Motion m) {
            for (int i = 0; i < m.targets().size(); i++) {
                motions.computeIfAbsent(m.targets().get(i), k -> new ArrayList<>())
                        .add(new MotionEvent(m, at + i * m.stagger(), m.duration(), m.easing()));
            }
            return at + staggered(m.targets().size(), m.stagger(), m.duration());
        }
        if (action instanceof Action.Change c) {
            for (int i = 0; i < c.targets().size(); i++) {
                changes.computeIfAbsent(c.targets().get(i), k -> new ArrayList<>())
                        .add(new ChangeEvent(c, at + i * c.stagger(), c.duration(), c.easing()));
            }
            return at + staggered(c.targets().size(), c.stagger(), c.duration());
        }
        if (action instanceof Action.Animate a) {
            animations.computeIfAbsent(a.value(), k -> new ArrayList<>())
                    .add(new AnimateEvent(a.target(), at, a.duration(), a.easing(), a.span()));
            return at + a.duration();
        }
        if (action instanceof Action.Together t) {
            double end = at;
            for (int i = 0; i < t.children().size(); i++) {
                end = Math.max(end, place(t.children().get(i), at + i * t.stagger()));
            }
            return end;
        }
        if (action instanceof Action.Wait w) {
            return at + w.duration();
        }
        if (action instanceof Action.Trace t) {
            traces.add(new SceneExtras.Trace(t.point(), at, t.duration() > 0 ? at + t.duration() : Double.NaN));
            return at;
        }
        if (action instanceof Action.Transform t) {
            reveals.computeIfAbsent(t.from(), k -> new ArrayList<>())
                    .add(new RevealEvent(Action.RevealKind.HIDE, at, 0, t.easing()));
            reveals.computeIfAbsent(t.to(), k -> new ArrayList<>())
                    .add(new RevealEvent(Action.RevealKind.SHOW, at + t.duration(), 0, t.easing()));
            morphs.add(new SceneExtras.Morph(t.from(), t.to(), at, t.duration(), t.easing()));
            return at + t.duration();
        }
        if (action instanceof Action.Circumscribe c) {
            boxes.add(new SceneExtras.Box(c.targets(), at, c.duration()));
            return at + c.duration();
        }
        if (action instanceof Action.Camera c) {
            camera.add(new SceneExtras.CameraMove(c, at, c.duration(), c.easing()));
            return at + c.duration();
        }
        if (action instanceof Action.Footage f) {
            List<RevealEvent> shot = reveals.computeIfAbsent(f.footage(), k -> new ArrayList<>());
            shot.add(new RevealEvent(Action.RevealKind.SHOW, at, 0, org.lessonstudio.dsl.model.Easing.SMOOTH));
            shot.add(new RevealEvent(Action.RevealKind.HIDE, at + f.duration(), 0,
                    org.lessonstudio.dsl.model.Easing.SMOOTH));
            return at + f.duration();
        }
        if (action instanceof Action.Music m) {
            music.add(new SceneExtras.MusicCue(m.file(), m.volume(), at));
            return at;
        }
        Action.Say say = (Action.Say) action;
        double[] pieces = speech.pieces(say, language)
                .orElseGet(() -> org.lessonstudio.dsl.check.SpeechEstimate.pieces(say.pieces(language)));
        double spoken = 0;
        double end = sequence(say.during(), at);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                String bookmark = say.bookmarks().get(i - 1);
                end = Math.max(end, sequence(say.atBookmarks().getOrDefault(bookmark, List.of()), at + spoken));
            }
            spoken += pieces[i];
        }
        end = Math.max(end, at + spoken);
        captions.add(new CaptionEvent(say, say.text(language), at, end, spoken));
        return end;
    }

    private Schedule(String language, SpeechTimes speech) {
        this.language = language;
        this.speech = speech;
    }
}
