package org.lessonstudio.app.captions;

import java.util.ArrayList;
import java.util.List;
import org.lessonstudio.timeline.CaptionEvent;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.captions.CaptionCues;

/**
 * Caption cues for the files beside a video and its text track: the timeline's own cues
 * ({@link Timeline#cues}, the ones drawn into the picture), in seconds from the video's start,
 * or — for subtitles in a language the lesson is translated into — that language's sentences
 * broken by the same rules ({@link CaptionCues}) and timed by the video's speech.
 */
public final class Captions {

    /** One caption on screen: its lines, from {@code start} to {@code end} seconds into the video. */
    public record Cue(double start, double end, List<String> lines) { }

    private Captions() {
    }

    public static List<Cue> of(Timeline timeline) {
        return of(timeline, null);
    }

    /**
     * The captions in {@code language} (a translation the lesson carries), at the times the
     * video's own language is spoken: subtitles for a video narrated in another language. Null
     * means the video's own words.
     */
    public static List<Cue> of(Timeline timeline, String language) {
        List<Cue> cues = new ArrayList<>();
        for (ScenePlan scene : timeline.scenes()) {
            for (CaptionEvent caption : scene.captions()) {
                List<CaptionCues.Cue> own = timeline.cues(caption);
                List<CaptionCues.Cue> shown = language == null || language.equals(timeline.language()) ? own
                        : CaptionCues.of(caption.say().text(language), language, own.get(0).start(),
                                own.get(own.size() - 1).end());
                for (CaptionCues.Cue cue : shown) {
                    cues.add(new Cue(scene.start() + cue.start(), scene.start() + cue.end(), cue.lines()));
                }
            }
        }
        return cues;
    }
}
