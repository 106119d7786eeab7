package org.lessonstudio.renderer;

import java.awt.Dimension;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.lessonstudio.timeline.frame.FrameState;
import org.w3c.dom.Document;

/**
 * A frame as an SVG document: the same drawing calls as every other output, made on Batik's
 * SVGGraphics2D, so the still stays vector (text and formulas as outlines) and scales for print.
 */
public final class SvgExport {

    private SvgExport() {
    }

    /** Writes the frame as SVG of the given size in pixels, atomically, footage drawn from its words. */
    public static void write(FrameState frame, int width, int height, Path target) throws IOException {
        write(frame, width, height, target, FootageFrames.DRAWN);
    }

    /** Writes the frame as SVG, its footage taken from {@code footage} (the clips at hand), atomically. */
    public static void write(FrameState frame, int width, int height, Path target, FootageFrames footage)
            throws IOException {
        Document document = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Made by Lesson Studio");
        SVGGraphics2D svg = new SVGGraphics2D(context, true);
        svg.setSVGCanvasSize(new Dimension(width, height));
        new FrameRenderer(footage).draw(frame, svg, width, height);
        AtomicOutput.write(target, path -> {
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8)) {
                svg.stream(out, true);
            }
        });
    }
}
