package org.lessonstudio.timeline;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.Scene;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.timeline.captions.CaptionCues;
import org.lessonstudio.timeline.frame.Appearance;
import org.lessonstudio.timeline.frame.FrameState;
import org.lessonstudio.timeline.frame.Item;
import org.lessonstudio.timeline.frame.Viewport;

/**
 * A checked lesson laid out in time: the single source of truth for what is on screen when.
 * {@link #frameAt(double)} is a pure function of the lesson and the time, so any frame can be
 * drawn on its own, in any order, on any thread: export, stills and preview all ask it.
 *
 * <pre>
 * Timeline timeline = Timeline.of(lesson);
 * FrameState middle = timeline.frameAt(timeline.duration() / 2);
 * </pre>
 */
public final class Timeline {

    private static final double CAPTION_FADE = 0.2;

    private final Lesson lesson;
    private final List<ScenePlan> scenes;
    private final List<SceneTracks> tracks;
    private final double duration;
    private final SpeechTimes speech;
    private final String language;
    /** Each sentence's caption cues, broken once when the lesson is laid out (never while drawing a frame). */
    private final Map<CaptionEvent, List<CaptionCues.Cue>> cues = new IdentityHashMap<>();

    private Timeline(Lesson lesson, List<ScenePlan> scenes, SpeechTimes speech, String language) {
        this.lesson = lesson;
        this.speech = speech;
        this.language = language;
        this.scenes = List.copyOf(scenes);
        double aspect = lesson.video().width() / (double) lesson.video().height();
        this.tracks = scenes.stream().map(plan -> new SceneTracks(plan, aspect)).toList();
        this.duration = scenes.isEmpty() ? 0 : scenes.get(scenes.size() - 1).end();
        for (ScenePlan plan : this.scenes) {
            for (CaptionEvent caption : plan.captions()) {
                cues.put(caption, cuesOf(caption));
            }
        }
    }

    public static Timeline of(Lesson lesson) {
        return of(lesson, lesson.language(), SpeechTimes.ESTIMATED);
    }

    /**
     * The lesson laid out in time for one of its languages, each sentence as long as its narration
     * in that language takes.
     */
    public static Timeline of(Lesson lesson, String language, SpeechTimes speech) {
        List<ScenePlan> plans = new ArrayList<>();
        double start = 0;
        for (Scene scene : lesson.scenes()) {
            ScenePlan plan = Schedule.plan(scene, start, language, speech, lesson.voiceSetting().rate());
            plans.add(plan);
            start = plan.end();
        }
        return new Timeline(lesson, plans, speech, language);
    }

    public Lesson lesson() {
        return lesson;
    }

    /**
     * Where a live presentation stops, in seconds from the start, in order: each {@code pause},
     * and, when asked, each scene's end.
     */
    public List<Double> pauses(boolean atSceneEnds) {
        List<Double> all = new ArrayList<>();
        for (ScenePlan scene : scenes) {
            for (double p : scene.extras().pauses()) {
                all.add(scene.start() + p);
            }
            if (atSceneEnds) {
                all.add(scene.end());
            }
        }
        return all.stream().filter(t -> t > 0 && t < duration).distinct().sorted().toList();
    }

    /** The language the lesson is laid out (and captioned) in. */
    public String language() {
        return language;
    }

    /**
     * A sentence's caption cues, in seconds from its scene's start: the same cues, broken the same
     * way, as the caption files and the video's text track. Each cue is shown while its words are
     * spoken; the last stays while the sentence's actions finish.
     */
    public List<CaptionCues.Cue> cues(CaptionEvent caption) {
        List<CaptionCues.Cue> laidOut = cues.get(caption);
        return laidOut != null ? laidOut : cuesOf(caption);
    }

    private List<CaptionCues.Cue> cuesOf(CaptionEvent c) {
        return CaptionCues.of(c.text(), language, c.start(), c.start() + Math.max(c.speech(), CaptionCues.SHORTEST));
    }

    /** The sentence lengths the lesson was laid out from (its narration, when it was spoken). */
    public SpeechTimes speech() {
        return speech;
    }

    /** The lesson's length in seconds. */
    public double duration() {
        return duration;
    }

    public List<ScenePlan> scenes() {
        return scenes;
    }

    /** How many frames a render at {@code fps} holds: frame i shows time i / fps. */
    public int frameCount(int fps) {
        return (int) Math.ceil(duration * fps - 1e-9);
    }

    /** The index of the scene playing at time t (the last scene at or after the end). */
    public int sceneIndexAt(double t) {
        for (int i = 0; i < scenes.size(); i++) {
            if (t < scenes.get(i).end()) {
                return i;
            }
        }
        return scenes.size() - 1;
    }

    /**
     * Everything on screen at time t (seconds from the start of the lesson).
     *
     * @throws NotDrawable when a number of the lesson cannot be drawn at that moment (a mistake
     *                     in the lesson, with its line, that only a frame shows)
     */
    public FrameState frameAt(double t) {
        try {
            return frameAtOrNot(t);
        } catch (NotDrawable e) {
            throw e.in(lesson.source());
        }
    }

    private FrameState frameAtOrNot(double t) {
        int index = sceneIndexAt(t);
        ScenePlan plan = scenes.get(index);
        double local = Math.max(0, Math.min(t - plan.start(), plan.duration()));
        FrameMaker maker = new FrameMaker(tracks.get(index), local);
        List<Item> items = maker.items();
        String caption = "";
        double captionOpacity = 0;
        for (CaptionEvent c : plan.captions()) {
            if (local >= c.start() && local < c.end()) {
                List<CaptionCues.Cue> shown = cues(c);
                caption = shown.stream().filter(cue -> local < cue.end()).findFirst()
                        .orElse(shown.get(shown.size() - 1)).text();
                double in = (local - c.start()) / CAPTION_FADE;
                double out = (c.end() - local) / CAPTION_FADE;
                captionOpacity = Math.max(0, Math.min(1, Math.min(in, out)));
            }
        }
        // With closed captions (the default) the words are known but not drawn: the player shows the track.
        double drawn = lesson.captions().drawn() ? captionOpacity * maker.fade() : 0;
        return new FrameState(t, index, plan.scene().title(), lesson.theme(), maker.viewport(), items, caption, drawn,
                lesson.background());
    }
}
