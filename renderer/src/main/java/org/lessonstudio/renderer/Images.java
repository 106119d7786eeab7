package org.lessonstudio.renderer;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.lessonstudio.timeline.frame.Figure;
import org.w3c.dom.svg.SVGDocument;

/**
 * Pictures from files: SVG read by Batik into vector graphics (drawn as shapes, so they scale and
 * fade like any other object, and never load scripts or anything from outside the file), PNG and
 * JPEG as images. Each file is read once.
 */
public final class Images {

    /** A read picture: something that paints itself into a box of its natural size. */
    private record Picture(GraphicsNode vector, BufferedImage raster, double width, double height) { }

    private static final Map<Path, Picture> PICTURES = new ConcurrentHashMap<>();

    private Images() {
    }

    /**
     * Why a picture cannot be shown, or empty if it can (for `lesson check`): the file is read
     * here, once, so a render never meets a broken picture at frame 900. A raster's size is read
     * from its header before it is decoded, so a picture too big to hold is refused unread.
     */
    public static java.util.Optional<String> problem(Path file) {
        try {
            java.util.Optional<String> early = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")
                    ? SvgReferences.outside(file) : RasterHeader.problem(file);
            if (early.isPresent()) {
                return early;
            }
            picture(file);
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            return java.util.Optional.of(plain(message));
        }
    }

    /** Batik starts its messages with the file's address and a line number; a teacher needs the rest. */
    private static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "it could not be read";
        }
        String[] lines = message.strip().split("\\R");
        String last = lines[lines.length - 1].strip();
        return lines.length > 1 && lines[0].startsWith("file:") ? last : message.strip().replace('\n', ' ');
    }

    static void draw(Graphics2D g, TextPainter text, Figure.Image image, double opacity, double reveal) {
        Picture picture = picture(image.file());
        double height = image.size() * text.unit();
        double scale = height / picture.height();
        double width = picture.width() * scale;
        Point2D.Double corner = text.topLeft(image.anchor(), width, height);
        Composite saved = g.getComposite();
        AffineTransform transform = g.getTransform();
        java.awt.Shape clip = g.getClip();
        if (reveal < 1) {
            g.clip(new Rectangle2D.Double(corner.x, corner.y, width * reveal, height));
        }
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
        g.translate(corner.x, corner.y);
        g.scale(scale, scale);
        if (picture.vector() != null) {
            picture.vector().paint(g);
        } else {
            g.drawImage(picture.raster(), 0, 0, null);
        }
        g.setTransform(transform);
        g.setComposite(saved);
        g.setClip(clip);
    }

    private static Picture picture(Path file) {
        return PICTURES.computeIfAbsent(file, Images::read);
    }

    private static Picture read(Path file) {
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                return svg(file);
            }
            BufferedImage image;
            try (java.io.InputStream in = HeldInputs.open(file)) {
                image = ImageIO.read(new javax.imageio.stream.MemoryCacheImageInputStream(in));
            }
            if (image == null) {
                throw new IOException("the file is not a picture Java can read");
            }
            return new Picture(null, image, image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Picture svg(Path file) throws IOException {
        SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        SVGDocument document;
        try (java.io.InputStream in = HeldInputs.open(file)) {
            document = factory.createSVGDocument(file.toUri().toString(), in);
        }
        UserAgentAdapter agent = new UserAgentAdapter() {
            @Override
            public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL doc) {
                return new NoLoadScriptSecurity(type);
            }

            @Override
            public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL doc) {
                return new NoLoadExternalResourceSecurity();
            }
        };
        BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
        context.setDynamic(false);
        GraphicsNode node = new GVTBuilder().build(context, document);
        Rectangle2D bounds = node.getPrimitiveBounds();
        double width = context.getDocumentSize() != null ? context.getDocumentSize().getWidth() : bounds.getMaxX();
        double height = context.getDocumentSize() != null ? context.getDocumentSize().getHeight() : bounds.getMaxY();
        if (!(width > 0) || !(height > 0)) {
            throw new IOException("the SVG has no size");
        }
        return new Picture(node, null, width, height);
    }
}
