package org.lessonstudio.app;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.lessonstudio.media.ClipReader;
import org.lessonstudio.media.Mp4Cuts;
import org.lessonstudio.renderer.AtomicOutput;
import org.lessonstudio.timeline.CaptionEvent;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * {@code lesson export FILE --to pptx}: the lesson as a PowerPoint deck, one slide per step (the
 * stretch up to each {@code pause}, or each scene when the lesson has none, as {@code lesson
 * present} and the web slides step). Each slide holds its step's clip, cut from the rendered
 * video, which plays as the slide opens; the slide's picture (what a printout shows) is how the
 * step ends; the step's narration is the slide's speaker notes. Written whole, moved into place.
 */
public final class PowerPointDeck {

    /** What was written: the deck, its slides and the lesson's length. */
    public record Exported(Path target, int slides, double seconds, String warnings) { }

    /** One slide: its stretch of the lesson, in seconds, and what is said in it. */
    record Step(double start, double end, String notes) { }

    private PowerPointDeck() {
    }

    public static Exported write(Path lesson, Path target, RenderSettings settings, Env env)
            throws Stopped, IOException {
        LessonSession.Opened opened = LessonSession.open(lesson, settings.speech(), env);
        if (opened instanceof LessonSession.Mistakes mistakes) {
            throw Stopped.mistakes(mistakes.diagnostics(), "no deck was written");
        }
        if (!(opened instanceof LessonSession.Ready ready)) {
            throw Stopped.refused(opened.said().strip());
        }
        Timeline timeline = ready.session().timeline();
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path work = Files.createTempDirectory(folder, ".pptx-");
        try {
            Path video = work.resolve("lesson.mp4");
            RenderJob.whole(ready.session(), settings, video).run(new RenderJob.Listener() { });
            List<Double> cuts = Slides.steps(timeline);
            List<Path> clips = Mp4Cuts.cut(video, cuts, work);
            List<Step> steps = steps(timeline, cuts);
            AtomicOutput.write(target, p -> {
                try (OutputStream out = Files.newOutputStream(p)) {
                    deck(timeline, steps, clips, settings.size()).write(out);
                }
            });
            return new Exported(target, steps.size(), timeline.duration(), opened.said());
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The steps between the cuts, each with the sentences that begin in it, in order. */
    static List<Step> steps(Timeline timeline, List<Double> cuts) {
        List<Double> bounds = new ArrayList<>();
        bounds.add(0.0);
        bounds.addAll(cuts);
        bounds.add(timeline.duration());
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            double start = bounds.get(i);
            double end = bounds.get(i + 1);
            boolean last = i + 2 == bounds.size();
            StringBuilder notes = new StringBuilder();
            for (ScenePlan scene : timeline.scenes()) {
                for (CaptionEvent caption : scene.captions()) {
                    double said = scene.start() + caption.start();
                    if (said >= start - 1e-6 && (said < end - 1e-6 || last)) {
                        notes.append(notes.isEmpty() ? "" : "\n").append(caption.text().strip());
                    }
                }
            }
            steps.add(new Step(start, end, notes.toString()));
        }
        return steps;
    }

    private static XMLSlideShow deck(Timeline timeline, List<Step> steps, List<Path> clips, RenderSettings.Size size)
            throws IOException {
        XMLSlideShow deck = new XMLSlideShow();
        // a 16:9 (or the video's own shape) page, 960 points wide; the clip fills it
        int width = 960;
        int height = (int) Math.round(960.0 * size.height() / size.width());
        deck.setPageSize(new Dimension(width, height));
        deck.getProperties().getCoreProperties().setTitle(timeline.lesson().title());
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            XSLFSlide slide = deck.createSlide();
            SlideVideo.add(deck, slide, i + 1, clips.get(i), step.end() - step.start(), lastPicture(clips.get(i)),
                    new Rectangle(0, 0, width, height));
            if (!step.notes().isEmpty()) {
                notes(deck, slide, step.notes());
            }
        }
        return deck;
    }

    private static void notes(XMLSlideShow deck, XSLFSlide slide, String text) {
        XSLFNotes notes = deck.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(text);
                return;
            }
        }
    }

    /** The clip's last picture, as PNG: the step as it stands when it has played. */
    private static byte[] lastPicture(Path clip) throws IOException {
        try (ClipReader reader = ClipReader.open(clip)) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(reader.frameAt(reader.duration()), "png", png);
            return png.toByteArray();
        }
    }
}
