package org.lessonstudio.course;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.lessonstudio.dsl.course.CourseLesson;

/**
 * A lesson of a course, rendered: the files a package carries for it, and what its page shows.
 *
 * @param lesson     the course's entry for it (objectives, questions)
 * @param title      the lesson's own title
 * @param seconds    the video's length
 * @param video      the MP4
 * @param poster     a still for the player and the course's index
 * @param captions   WebVTT captions by language code, the video's own language first
 * @param subtitles  SRT captions by language code (Open edX takes these)
 * @param chapters   WebVTT chapters, one per scene
 * @param transcriptFile the transcript as a page of its own
 * @param chapterList the same chapters, for the page
 * @param transcript every sentence with its start, for the page
 * @param cues       every caption cue by language, written into the page for players opened from a disk
 */
public record RenderedLesson(CourseLesson lesson, String title, double seconds, Path video, Path poster,
                             Map<String, Path> captions, Map<String, Path> subtitles, Path chapters,
                             Path transcriptFile,
                             List<Chapter> chapterList, List<Line> transcript, Map<String, List<Line>> cues,
                             boolean captionsDrawn) {

    /** A chapter: a scene's title and where it starts, in seconds. */
    public record Chapter(String title, double start) { }

    /** A piece of spoken text and when it is on screen, in seconds. */
    public record Line(double start, double end, String text) { }
}
