package org.lessonstudio.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Scene;

/**
 * A scene laid out in time: when it starts in the lesson, how long it lasts, its tracks in the
 * order they start (each a timed effect, {@link Track}), its captions and its music (in seconds
 * from the scene's start).
 */
public final class ScenePlan {

    private final Scene scene;
    private final double start;
    private final double duration;
    private final List<Track> tracks;
    private final List<org.lessonstudio.dsl.source.Span> spans;
    private final SceneExtras extras;
    private final List<CaptionEvent> captions;

    ScenePlan(Scene scene, double start, double duration, List<Track> tracks,
              List<org.lessonstudio.dsl.source.Span> spans, SceneExtras extras, List<CaptionEvent> captions) {
        this.spans = new ArrayList<>(spans);
        this.scene = scene;
        this.start = start;
        this.duration = duration;
        this.tracks = tracks.stream().sorted(Comparator.comparingDouble(Track::start).thenComparingInt(Track::seq))
                .toList();
        this.extras = extras;
        this.captions = List.copyOf(captions);
    }

    public Scene scene() {
        return scene;
    }

    /** When the scene starts in the lesson, in seconds. */
    public double start() {
        return start;
    }

    public double duration() {
        return duration;
    }

    public double end() {
        return start + duration;
    }

    /** The part of the plane the scene shows (its axes', its number line's, or the default). */
    public org.lessonstudio.timeline.frame.Viewport viewport() {
        return Viewports.of(scene);
    }

    public SceneExtras extras() {
        return extras;
    }

    public List<CaptionEvent> captions() {
        return captions;
    }

    /** Where the action a track comes from is written. */
    org.lessonstudio.dsl.source.Span spanOf(Track track) {
        return spans.get(track.seq());
    }

    /** Every track of the scene, in the order they start (then as written). */
    List<Track> tracks() {
        return tracks;
    }

    /**
     * When the action written within {@code written} runs, in seconds from the scene's start: from
     * its first effect's start to its last effect's end (a {@code say} line covers the actions
     * under it); empty when nothing written there takes time.
     */
    public java.util.Optional<ActionSpan> runs(org.lessonstudio.dsl.source.Span written) {
        double start = Double.POSITIVE_INFINITY;
        double end = Double.NEGATIVE_INFINITY;
        for (Track track : tracks) {
            org.lessonstudio.dsl.source.Span span = spanOf(track);
            if (span != null && span.start() >= written.start() && span.end() <= written.end()) {
                start = Math.min(start, track.start());
                end = Math.max(end, track.end());
            }
        }
        for (CaptionEvent caption : captions) {
            org.lessonstudio.dsl.source.Span span = caption.say().span();
            if (span.start() >= written.start() && span.end() <= written.end()) {
                start = Math.min(start, caption.start());
                end = Math.max(end, caption.end());
            }
        }
        return start > end ? java.util.Optional.empty() : java.util.Optional.of(new ActionSpan("", start, end));
    }

    /** When each effect of every action runs, in the order they start. */
    public List<ActionSpan> actionSpans() {
        return tracks.stream().map(t -> new ActionSpan(describe(t), t.start(), t.end())).toList();
    }

    private static String describe(Track track) {
        String kind = track.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        if (track instanceof Track.Showing s) {
            return kind + " " + s.target();
        }
        if (track instanceof Track.Moving m) {
            return kind + " " + m.target();
        }
        if (track instanceof Track.Restyling r) {
            return kind + " " + r.target();
        }
        if (track instanceof Animate a) {
            return "animate " + a.value();
        }
        if (track instanceof Morph m) {
            return "transform " + m.from() + " into " + m.to();
        }
        if (track instanceof Circumscribe c) {
            return "circumscribe " + String.join(", ", c.targets());
        }
        if (track instanceof Trail t) {
            return "trace " + t.point();
        }
        return kind;
    }

    /** When each object is drawn, written, shown, hidden or faded, by object, in order. */
    public Map<String, List<RevealEvent>> reveals() {
        Map<String, List<RevealEvent>> out = new LinkedHashMap<>();
        for (Track track : tracks) {
            if (track instanceof Draw d) {
                add(out, d.target(), new RevealEvent(d.kind(), d.start(), d.duration(), d.easing()));
            } else if (track instanceof Fade f) {
                add(out, f.target(), new RevealEvent(f.in() ? Action.RevealKind.FADE_IN : Action.RevealKind.FADE_OUT,
                        f.start(), f.duration(), f.easing()));
            } else if (track instanceof Switch s) {
                add(out, s.target(), new RevealEvent(s.on() ? Action.RevealKind.SHOW : Action.RevealKind.HIDE,
                        s.start(), 0, s.easing()));
            }
        }
        return out;
    }

    /** When each value is animated, by value, in order. */
    public Map<String, List<AnimateEvent>> animations() {
        Map<String, List<AnimateEvent>> out = new LinkedHashMap<>();
        for (Track track : tracks) {
            if (track instanceof Animate a) {
                add(out, a.value(), new AnimateEvent(a.target(), a.start(), a.duration(), a.easing(), a.span()));
            }
        }
        return out;
    }

    private static <T> void add(Map<String, List<T>> map, String key, T value) {
        map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
}
