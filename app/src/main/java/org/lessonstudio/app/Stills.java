package org.lessonstudio.app;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.model.VideoFormat;
import org.lessonstudio.renderer.AtomicOutput;
import org.lessonstudio.renderer.FrameRenderer;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;
import org.w3c.dom.Document;

/**
 * One frame saved as a picture — a PNG, or an SVG when the name ends in {@code .svg} — for
 * {@code lesson still}, the gallery, course posters and the preview alike, drawn by the video's own
 * renderer with the footage at hand (the teacher's clips, or clips made by an earlier render), so
 * the PNG and the SVG of a moment show the same picture as the video and the preview.
 */
public final class Stills {

    private Stills() {
    }

    /**
     * Saves the lesson at {@code at} seconds to {@code target}, at the settings' size, after
     * checking that the moment is in the lesson and that the picture would not land on a file the
     * lesson reads.
     */
    public static VideoFormat write(LessonSession session, double at, RenderSettings settings, Path target)
            throws Stopped, IOException {
        Timeline timeline = session.timeline();
        if (at > timeline.duration()) {
            throw Stopped.refused(String.format(Locale.ROOT, "the lesson is only %s long; choose a time up to %.1fs",
                    Durations.format(timeline.duration()), timeline.duration()));
        }
        Optional<String> refused = OutputGuard.refusal(List.of(new OutputGuard.Output(target, "the still")),
                session.inputs());
        if (refused.isPresent()) {
            throw Stopped.refused(refused.get());
        }
        Optional<String> kind = pictureKind(target);
        if (kind.isPresent()) {
            throw Stopped.refused(kind.get());
        }
        VideoFormat video = settings.video(session.lesson().video());
        try {
            frame(session, at, video.width(), video.height(), target);
        } catch (RuntimeException e) {
            Optional<Diagnostic> mistake = NotDrawableReport.mistake(e, session.lesson());
            if (mistake.isPresent()) {
                throw Stopped.mistakes(List.of(mistake.get()), "nothing was written");
            }
            throw e;
        } catch (IOException e) {
            Optional<String> plain = WriteFailure.plain(e, target);
            if (plain.isPresent()) {
                throw Stopped.refused(plain.get() + "; nothing was written");
            }
            throw e;
        }
        return video;
    }

    /**
     * Why a still cannot be written to {@code target}, if its name does not end in {@code .png} or
     * {@code .svg} (in any case): a PNG's bytes under {@code s.gif} would be a picture that lies
     * about what it is.
     */
    static Optional<String> pictureKind(Path target) {
        Path name = target.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png") || lower.endsWith(".svg")) {
            return Optional.empty();
        }
        int dot = lower.lastIndexOf('.');
        String ending = dot < 0 ? "has no ending" : "ends in " + (name.toString().substring(dot));
        return Optional.of("a still is a PNG or an SVG picture, and " + target + " " + ending
                + "; give a name ending in .png or .svg; nothing was written");
    }

    /**
     * The lesson at {@code time} as a picture of the given size, written atomically: SVG when the
     * target's name ends in {@code .svg}, else PNG.
     */
    public static void frame(LessonSession session, double time, int width, int height, Path target)
            throws IOException {
        draw(session, session.timeline().frameAt(time), width, height, target);
    }

    /** A poster: the lesson at {@code time} with no caption drawn, whatever the lesson's captions setting. */
    public static void poster(LessonSession session, double time, int width, int height, Path target)
            throws IOException {
        draw(session, session.timeline().frameAt(time).withoutCaption(), width, height, target);
    }

    private static void draw(LessonSession session, FrameState frame, int width, int height, Path target)
            throws IOException {
        boolean svg = target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
        try (LessonFootage footage = LessonFootage.look(session.timeline(), session.lesson().video(), session.env())) {
            FrameRenderer renderer = new FrameRenderer(footage);
            if (svg) {
                writeSvg(renderer, frame, width, height, target);
            } else {
                writePng(renderer.render(frame, width, height), target);
            }
        }
    }

    /**
     * Puts a picture (a footage frame) inside the SVG as a PNG, encoded by Java's own image writer
     * (Batik's needs a codec module that is not otherwise needed).
     */
    private static final class PngInside extends ImageHandlerBase64Encoder {
        @Override
        public void encodeImage(RenderedImage image, OutputStream out) throws SVGGraphics2DIOException {
            try {
                if (!ImageIO.write(image, "png", out)) {
                    throw new SVGGraphics2DIOException("no PNG writer is available");
                }
            } catch (IOException e) {
                throw new SVGGraphics2DIOException(e);
            }
        }
    }

    private static void writePng(BufferedImage image, Path target) throws IOException {
        AtomicOutput.write(target, path -> {
            if (!ImageIO.write(image, "png", path.toFile())) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    /**
     * The same drawing calls on Batik's SVGGraphics2D: shapes, text and formulas stay vector (and
     * scale for print); a footage frame is embedded as the picture it is.
     */
    private static void writeSvg(FrameRenderer renderer, FrameState frame, int width, int height, Path target)
            throws IOException {
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Made by Lesson Studio");
        context.setImageHandler(new PngInside());
        SVGGraphics2D svg = new SVGGraphics2D(context, true);
        svg.setSVGCanvasSize(new Dimension(width, height));
        renderer.draw(frame, svg, width, height);
        AtomicOutput.write(target, path -> {
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8)) {
                svg.stream(out, true);
            }
        });
    }
}
