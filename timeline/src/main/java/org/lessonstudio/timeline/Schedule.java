package org.lessonstudio.timeline;

import java.util.ArrayList;
import java.util.List;
import org.lessonstudio.dsl.check.SpeechEstimate;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Scene;

/**
 * Lays a scene's actions out in time, as tracks. Actions run one after another; {@code together}
 * starts its children at once (or a stagger apart) and lasts until the last ends; a {@code say}
 * runs the actions under it while it is spoken and lasts as long as the longer of the two. Every
 * time is known here, up front. One method per kind of action ({@link Action.Visitor}).
 */
final class Schedule {

    /** Seconds at the end of every scene in which everything fades out before the next. */
    static final double SCENE_TAIL = 0.6;

    private final List<Track> tracks = new ArrayList<>();
    /** Where each track's action is written, by the track's number (for a mistake only a frame shows). */
    private final List<org.lessonstudio.dsl.source.Span> spans = new ArrayList<>();
    private org.lessonstudio.dsl.source.Span writing;
    private final List<CaptionEvent> captions = new ArrayList<>();
    private final List<SceneExtras.MusicCue> music = new ArrayList<>();
    private final List<Double> pauses = new ArrayList<>();
    private final String language;
    private final SpeechTimes speech;
    /** The lesson's speaking rate: an estimated sentence lasts 1/rate as long. */
    private final double rate;
    private final Scene scene;

    private Schedule(Scene scene, String language, SpeechTimes speech, double rate) {
        this.scene = scene;
        this.language = language;
        this.rate = rate;
        this.speech = speech;
    }

    static ScenePlan plan(Scene scene, double start, String language, SpeechTimes speech, double rate) {
        Schedule schedule = new Schedule(scene, language, speech, rate);
        double end = schedule.sequence(scene.actions(), 0);
        double duration = end + SCENE_TAIL;
        List<Track> tracks = schedule.tracks.stream().map(t -> t instanceof Trail trail && Double.isNaN(trail.end())
                ? new Trail(trail.point(), trail.start(), duration, trail.seq()) : t).toList();
        tracks = GrowingRanges.drawnByRange(scene, tracks);
        return new ScenePlan(scene, start, duration, tracks, schedule.spans, new SceneExtras(schedule.music, schedule.pauses),
                schedule.captions);
    }

    private int next() {
        spans.add(writing);
        return spans.size() - 1;
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
        org.lessonstudio.dsl.source.Span outer = writing;
        writing = action.span();
        try {
            return action.accept(new Placing(at));
        } finally {
            writing = outer;
        }
    }

    /** Each kind of action, placed from one moment. */
    private final class Placing implements Action.Visitor<Double> {

        private final double at;

        Placing(double at) {
            this.at = at;
        }

        @Override
        public Double reveal(Action.Reveal r) {
            for (int i = 0; i < r.targets().size(); i++) {
                String target = r.targets().get(i);
                double from = at + i * r.stagger();
                tracks.add(switch (r.kind()) {
                    case DRAW, WRITE -> new Draw(target, r.kind(), from, r.duration(), r.easing(), next());
                    case FADE_IN, FADE_OUT -> new Fade(target, r.kind() == Action.RevealKind.FADE_IN, from,
                            r.duration(), r.easing(), next());
                    case SHOW, HIDE -> new Switch(target, r.kind() == Action.RevealKind.SHOW, from, next());
                });
            }
            return at + staggered(r.targets().size(), r.stagger(), r.duration());
        }

        @Override
        public Double motion(Action.Motion m) {
            // Several objects moved at once, not one after another, move as one: about their middle.
            List<String> group = Track.together(m.targets(), m.stagger()) ? m.targets() : List.of();
            for (int i = 0; i < m.targets().size(); i++) {
                String target = m.targets().get(i);
                double from = at + i * m.stagger();
                double d = m.duration();
                Easing e = m.easing();
                tracks.add(switch (m.kind()) {
                    case MOVE -> new Move(target, group, m.point(), from, d, e, next());
                    case BY -> new Slide(target, m.point(), from, d, e, next());
                    case ALONG -> new MoveAlong(target, group, m.path(), from, d, e, next());
                    case ROTATE -> new Turn(target, group, m.point(), m.amount(), from, d, e, next());
                    case SCALE -> new Resize(target, group, m.point(), m.amount(), from, d, e, next());
                    case GROW -> new Grow(target, group, m.point(), from, d, e, next());
                    case INDICATE -> new Indicate(target, group, IndicateWay.of(target, scene), from, d, e, next());
                    case SHIFT_IN, SHIFT_OUT -> new Shift(target, m.side(), m.kind() == Action.MotionKind.SHIFT_IN,
                            from, d, e, next());
                });
            }
            return at + staggered(m.targets().size(), m.stagger(), m.duration());
        }

        @Override
        public Double change(Action.Change c) {
            for (int i = 0; i < c.targets().size(); i++) {
                tracks.add(new Recolour(c.targets().get(i), c.color(), c.fill(), c.opacity(), c.fillOpacity(), c.thickness(), at + i * c.stagger(),
                        c.duration(), c.easing(), next()));
            }
            return at + staggered(c.targets().size(), c.stagger(), c.duration());
        }

        @Override
        public Double animate(Action.Animate a) {
            tracks.add(new Animate(a.value(), a.target(), at, a.duration(), a.easing(), next(), a.span()));
            return at + a.duration();
        }

        @Override
        public Double together(Action.Together t) {
            double end = at;
            for (int i = 0; i < t.children().size(); i++) {
                end = Math.max(end, place(t.children().get(i), at + i * t.stagger()));
            }
            return end;
        }

        @Override
        public Double waiting(Action.Wait w) {
            return at + w.duration();
        }

        @Override
        public Double pausing(Action.Pause p) {
            pauses.add(at);
            return at;
        }

        @Override
        public Double trace(Action.Trace t) {
            tracks.add(new Trail(t.point(), at, t.duration() > 0 ? at + t.duration() : Double.NaN, next()));
            return at;
        }

        @Override
        public Double transform(Action.Transform t) {
            tracks.add(new Switch(t.from(), false, at, next()));
            tracks.add(new Switch(t.to(), true, at + t.duration(), next()));
            tracks.add(new Morph(t.from(), t.to(), at, t.duration(), t.easing(), next()));
            return at + t.duration();
        }

        @Override
        public Double warp(Action.Warp w) {
            for (int i = 0; i < w.targets().size(); i++) {
                tracks.add(new Warp(w.targets().get(i), w.to(), at + i * w.stagger(), w.duration(), w.easing(), next()));
            }
            return at + staggered(w.targets().size(), w.stagger(), w.duration());
        }

        @Override
        public Double circumscribe(Action.Circumscribe c) {
            tracks.add(new Circumscribe(c.targets(), at, c.duration(), next()));
            return at + c.duration();
        }

        @Override
        public Double camera(Action.Camera c) {
            tracks.add(new CameraMove(c, at, c.duration(), c.easing(), next()));
            return at + c.duration();
        }

        @Override
        public Double footage(Action.Footage f) {
            tracks.add(new Switch(f.footage(), true, at, next()));
            tracks.add(new Switch(f.footage(), false, at + f.duration(), next()));
            return at + f.duration();
        }

        @Override
        public Double music(Action.Music m) {
            music.add(new SceneExtras.MusicCue(m.file(), m.volume(), at));
            return at;
        }

        private double[] slowed(double[] estimate) {
            for (int i = 0; i < estimate.length; i++) {
                estimate[i] /= rate;
            }
            return estimate;
        }

        @Override
        public Double say(Action.Say say) {
            double[] pieces = speech.pieces(say, language)
                    .orElseGet(() -> slowed(SpeechEstimate.pieces(say.pieces(language))));
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
    }
}
