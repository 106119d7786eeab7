package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.app.LessonSession;
import org.lessonstudio.app.RenderSettings;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.timeline.AnimateEventView;
import org.lessonstudio.timeline.CaptionEvent;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.voice.Narration;

/** The lesson speaks: a real voice (espeak-ng), timed sentences, captions inside the speech, the loudness right. */
class NarrationTest {

    @TempDir
    static Path out;
    static Path video;
    static Run render;

    @BeforeAll
    static void renderTheFlagshipWithAVoice() {
        video = out.resolve("sine.mp4");
        render = Run.lesson("render", CommandsTest.FLAGSHIP.toString(), "-o", video.toString(), "--size", "320x180",
                "--fps", "30", "--quality", "draft");
    }

    private static LessonSession flagship() {
        return opened(CommandsTest.FLAGSHIP);
    }

    private static LessonSession opened(Path lesson) {
        LessonSession.Opened opened = LessonSession.open(lesson, RenderSettings.Speech.DEFAULT, Run.ENV);
        if (opened instanceof LessonSession.Ready ready) {
            return ready.session();
        }
        throw new AssertionError(opened.said());
    }

    @Test
    void theVideoHasAnAacTrackAsLongAsThePictures() throws Exception {
        assertEquals(0, render.exitCode(), render.err());
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            assertEquals("aac", grabber.getAudioCodecName());
            assertEquals(48_000, grabber.getSampleRate());
            assertEquals(2, grabber.getAudioChannels());
            long samples = 0;
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                samples += frame.samples[0].limit() / grabber.getAudioChannels();
            }
            double seconds = samples / 48_000.0;
            Timeline timeline = flagship().timeline();
            double picture = timeline.frameCount(30) / 30.0;
            assertEquals(picture, seconds, 1.0 / 30, "sound and pictures end together");
        }
    }

    @Test
    void captionsFallInsideTheSpeechTheyCaption() throws Exception {
        assertEquals(0, render.exitCode(), render.err());
        LessonSession loaded = flagship();
        Timeline timeline = loaded.timeline();
        Narration narration = loaded.narration();
        List<String> vtt = Files.readAllLines(out.resolve("sine.vtt"));
        int cues = 0;
        for (String line : vtt) {
            if (!line.contains(" --> ")) {
                continue;
            }
            cues++;
            double start = seconds(line.split(" --> ")[0]);
            double end = seconds(line.split(" --> ")[1]);
            boolean inside = false;
            for (ScenePlan scene : timeline.scenes()) {
                for (CaptionEvent caption : scene.captions()) {
                    double spoken = 0;
                    for (double piece : narration.of(caption.say()).orElseThrow().seconds()) {
                        spoken += piece;
                    }
                    double from = scene.start() + caption.start();
                    inside |= start >= from - 0.001 && end <= from + spoken + 0.001;
                }
            }
            assertTrue(inside, line + " lies inside one sentence's measured speech");
        }
        assertTrue(cues >= 17, "a cue for every sentence at least: " + cues);
    }

    @Test
    void theMp4CarriesTheSameCaptionsAndTheScenesAsChapters() throws Exception {
        assertEquals(0, render.exitCode(), render.err());
        org.lessonstudio.media.Mp4TextTracks.Extras inside = org.lessonstudio.media.Mp4TextTracks.read(video);
        List<String> vtt = Files.readAllLines(out.resolve("sine.vtt"));
        List<String> vttTimes = vtt.stream().filter(line -> line.contains(" --> ")).toList();
        assertEquals(vttTimes.size(), inside.captions().size(), "one subtitle sample per WebVTT cue");
        for (int i = 0; i < vttTimes.size(); i++) {
            org.lessonstudio.media.Mp4TextTracks.Timed cue = inside.captions().get(i);
            assertEquals(seconds(vttTimes.get(i).split(" --> ")[0]), cue.start(), 0.002);
            assertEquals(seconds(vttTimes.get(i).split(" --> ")[1]), cue.end(), 0.002);
            String firstLine = vtt.get(vtt.indexOf(vttTimes.get(i)) + 1);
            assertTrue(cue.text().startsWith(firstLine), cue.text() + " / " + firstLine);
        }
        assertEquals("eng", inside.language());
        assertEquals(List.of("video eng", "audio eng", "subtitle eng", "data eng"),
                org.lessonstudio.media.Mp4TextTracks.trackLanguages(video));
        Timeline timeline = flagship().timeline();
        assertEquals(timeline.scenes().stream().map(scene -> scene.scene().title()).toList(),
                inside.chapters().stream().map(org.lessonstudio.media.Mp4TextTracks.Timed::text).toList());
        assertEquals(timeline.scenes().get(1).start(), inside.chapters().get(1).start(), 0.002);
    }

    private static double seconds(String time) {
        String[] parts = time.strip().split(":");
        return Integer.parseInt(parts[0]) * 3600 + Integer.parseInt(parts[1]) * 60 + Double.parseDouble(parts[2]);
    }

    @Test
    void theSoundIsAtMinus16LufsWithPeaksUnderMinus1Dbtp() throws Exception {
        assertEquals(0, render.exitCode(), render.err());
        Ebur128.Reading reading = Ebur128.measure(video);
        assertEquals(-16, reading.integrated(), 1.0, "integrated loudness");
        assertTrue(reading.truePeak() <= -1.0, "true peak " + reading.truePeak());
    }

    @Test
    void anActionOnABookmarkStartsOnThatWord(@TempDir Path folder) throws Exception {
        Path lesson = folder.resolve("bookmark.lesson");
        Files.writeString(lesson, """
                lesson "Bookmarks"

                scene "Turn"
                  value t = 0
                  circle c: radius 1
                  point P: on c at angle t
                  show c, P
                  say "First we wait a moment, and now we {turn} the angle."
                    at turn: animate t to pi over 1s
                """);
        LessonSession loaded = opened(lesson);
        Timeline timeline = loaded.timeline();
        ScenePlan scene = timeline.scenes().get(0);
        Action.Say say = scene.captions().get(0).say();
        double firstPiece = loaded.narration().of(say).orElseThrow().seconds()[0];
        assertTrue(firstPiece > 1, "the words before the bookmark take a while to say: " + firstPiece);
        double start = AnimateEventView.starts(scene, "t").get(0);
        assertEquals(scene.captions().get(0).start() + firstPiece, start, 1.0 / 30, "within one frame of the word");
    }
}
