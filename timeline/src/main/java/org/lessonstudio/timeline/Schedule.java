package org.lessonstudio.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Scene;

/**
 * Lays a scene's actions out in time. Actions run one after another; {@code together} starts its
 * children at once and lasts as long as the longest; a {@code say} runs the actions under it while
 * it is spoken and lasts as long as the longer of the two. Every time is known here, up front.
 */
final class Schedule {

    /** Seconds at the end of every scene in which everything fades out before the next. */
    static final double SCENE_TAIL = 0.6;

    private final Map<String, List<RevealEvent>> reveals = new LinkedHashMap<>();
    private final Map<String, List<AnimateEvent>> animations = new LinkedHashMap<>();
    private final List<CaptionEvent> captions = new ArrayList<>();

    static ScenePlan plan(Scene scene, double start) {
        Schedule schedule = new Schedule();
        double end = schedule.sequence(scene.actions(), 0);
        return new ScenePlan(scene, start, end + SCENE_TAIL, schedule.reveals, schedule.animations,
                schedule.captions);
    }

    /** Lays out actions one after another from {@code at}; returns when the last one ends. */
    private double sequence(List<Action> actions, double at) {
        double cursor = at;
        for (Action action : actions) {
            cursor = place(action, cursor);
        }
        return cursor;
    }

    /** Places one action starting at {@code at}; returns when it ends. */
    private double place(Action action, double at) {
        if (action instanceof Action.Reveal r) {
            for (String target : r.targets()) {
                reveals.computeIfAbsent(target, k -> new ArrayList<>())
                        .add(new RevealEvent(r.kind(), at, r.duration(), r.easing()));
            }
            return at + r.duration();
        }
        if (action instanceof Action.Animate a) {
            animations.computeIfAbsent(a.value(), k -> new ArrayList<>())
                    .add(new AnimateEvent(a.target(), at, a.duration(), a.easing()));
            return at + a.duration();
        }
        if (action instanceof Action.Together t) {
            double end = at;
            for (Action child : t.children()) {
                end = Math.max(end, place(child, at));
            }
            return end;
        }
        if (action instanceof Action.Wait w) {
            return at + w.duration();
        }
        Action.Say say = (Action.Say) action;
        double end = Math.max(at + say.speechDuration(), sequence(say.during(), at));
        captions.add(new CaptionEvent(say.text(), at, end));
        return end;
    }

    private Schedule() {
    }
}
