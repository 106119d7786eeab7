package org.lessonstudio.renderer;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.EmbededExternalResourceSecurity;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.ext.awt.RenderingHintsKeyExt;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.lessonstudio.timeline.frame.Figure;
import org.w3c.dom.svg.SVGDocument;

/**
 * Pictures from files: SVG read by Batik into vector graphics (drawn as shapes, so they scale and
 * fade like any other object, and never load scripts or anything from outside the file; only
 * pictures written inside it), PNG and JPEG as images decoded at most at twice the size they are
 * drawn ({@link RasterCache}). An SVG is read once; its text is read with bounds and scanned
 * ({@link SvgText}, {@link SvgScan}) before Batik is given it, and the same text is what Batik
 * draws.
 */
public final class Images {

    /** An SVG read into shapes, with its natural size. */
    private record Vector(GraphicsNode node, double width, double height) { }

    private static final Map<Path, Vector> VECTORS = new ConcurrentHashMap<>();

    /** The largest frame a check draws an SVG into, to find a drawing that fails before a render does. */
    private static final int TRIAL_SIDE = 1920;

    private Images() {
    }

    /**
     * Why a picture cannot be shown, or empty if it can (for `lesson check`). A PNG or JPEG is
     * judged by its header alone (its pixels are decoded when it is drawn, at the size it is
     * drawn); an SVG is read, scanned, built and drawn once here, so a render never meets a broken
     * picture at frame 900.
     */
    public static Optional<String> problem(Path file) {
        if (!isSvg(file)) {
            return RasterHeader.problem(file);
        }
        try {
            Vector vector = vector(file);
            return trial(vector);
        } catch (Unshowable e) {
            return Optional.of(e.getMessage());
        }
    }

    /** How many pixels a PNG or JPEG holds once decoded, by its header (0 for an SVG or a broken file). */
    public static long pixels(Path file) {
        return isSvg(file) ? 0 : RasterHeader.size(file).map(RasterHeader.Size::pixels).orElse(0L);
    }

    private static boolean isSvg(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /**
     * Draws a picture; one that cannot be decoded or drawn now (though it passed the check) is a
     * {@link PictureFailed}, never a failure inside.
     */
    static void draw(Graphics2D g, TextPainter text, Figure.Image image, double opacity, double reveal) {
        AffineTransform transform = g.getTransform();
        Composite saved = g.getComposite();
        java.awt.Shape clip = g.getClip();
        try {
            drawOrFail(g, text, image, opacity, reveal);
        } catch (PictureFailed e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PictureFailed(image.file(), "it cannot be drawn (" + SvgScan.plain(e.getMessage()) + ")");
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw new PictureFailed(image.file(), "it is too large or too deep to draw");
        } finally {
            g.setTransform(transform);
            g.setComposite(saved);
            g.setClip(clip);
        }
    }

    private static void drawOrFail(Graphics2D g, TextPainter text, Figure.Image image, double opacity, double reveal) {
        double height = image.size() * text.unit();
        boolean svg = isSvg(image.file());
        Vector vector = svg ? vectorOrFail(image.file()) : null;
        RasterHeader.Size natural = svg ? null : RasterCache.size(image.file());
        double naturalWidth = svg ? vector.width() : natural.width();
        double naturalHeight = svg ? vector.height() : natural.height();
        double scale = height / naturalHeight;
        double width = naturalWidth * scale;
        Point2D.Double corner = text.topLeft(image.anchor(), width, height);
        Composite saved = g.getComposite();
        AffineTransform transform = g.getTransform();
        java.awt.Shape clip = g.getClip();
        if (reveal < 1) {
            g.clip(new Rectangle2D.Double(corner.x, corner.y, width * reveal, height));
        }
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) opacity));
        g.translate(corner.x, corner.y);
        if (svg) {
            g.scale(scale, scale);
            vector.node().paint(g);
        } else {
            double onScreen = height * Math.hypot(transform.getScaleY(), transform.getShearX());
            BufferedImage pixels = RasterCache.decoded(image.file(), natural, onScreen);
            g.scale(width / pixels.getWidth(), height / pixels.getHeight());
            g.drawImage(pixels, 0, 0, null);
        }
        g.setTransform(transform);
        g.setComposite(saved);
        g.setClip(clip);
    }

    /** Why a picture cannot be shown, in words for a teacher. */
    static final class Unshowable extends Exception {
        Unshowable(String message) {
            super(message, null, false, false);
        }
    }

    private static Vector vectorOrFail(Path file) {
        try {
            return vector(file);
        } catch (Unshowable e) {
            throw new PictureFailed(file, e.getMessage());
        }
    }

    private static Vector vector(Path file) throws Unshowable {
        Vector known = VECTORS.get(file);
        if (known != null) {
            return known;
        }
        String text;
        try {
            text = SvgText.read(file);
        } catch (SvgText.Unreadable e) {
            throw new Unshowable(e.getMessage());
        }
        Optional<String> problem = SvgScan.problem(text);
        if (problem.isPresent()) {
            throw new Unshowable(problem.get());
        }
        Vector built;
        try {
            built = build(file, text);
        } catch (IOException | RuntimeException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage();
            throw new Unshowable(SvgScan.plain(message));
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new Unshowable("the SVG is too large or too deep to build");
        }
        VECTORS.putIfAbsent(file, built);
        return VECTORS.get(file);
    }

    /** Lets go of an SVG read before (for the fuzz tests, which write many files under one name). */
    static void forget(Path file) {
        VECTORS.remove(file);
    }

    /** An SVG drawn at its natural size at the graphics' origin (for tests). */
    static void paint(Graphics2D g, Path file) {
        vectorOrFail(file).node().paint(g);
    }

    /** The SVG drawn once, fitted into a full-HD frame: a filter or shape Batik cannot draw is found now. */
    private static Optional<String> trial(Vector vector) {
        double scale = Math.min(TRIAL_SIDE / vector.width(), TRIAL_SIDE / vector.height());
        int w = (int) Math.max(1, Math.min(TRIAL_SIDE, Math.ceil(vector.width() * scale)));
        int h = (int) Math.max(1, Math.min(TRIAL_SIDE, Math.ceil(vector.height() * scale)));
        BufferedImage trial = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = trial.createGraphics();
        try {
            g.setRenderingHint(RenderingHintsKeyExt.KEY_BUFFERED_IMAGE, new java.lang.ref.WeakReference<>(trial));
            g.scale(scale, scale);
            synchronized (vector.node()) {
                vector.node().paint(g);
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("the SVG cannot be drawn (" + SvgScan.plain(e.getMessage()) + ")");
        } catch (StackOverflowError | OutOfMemoryError e) {
            return Optional.of("the SVG is too large or too deep to draw");
        } finally {
            g.dispose();
        }
    }

    private static Vector build(Path file, String text) throws IOException {
        SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        SVGDocument document = factory.createSVGDocument(file.toUri().toString(), new StringReader(text));
        UserAgentAdapter agent = new UserAgentAdapter() {
            @Override
            public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL doc) {
                return new NoLoadScriptSecurity(type);
            }

            @Override
            public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL doc) {
                // Only what is written inside the file (data:), which the scan has read and measured.
                return new EmbededExternalResourceSecurity(resource);
            }
        };
        BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
        context.setDynamic(false);
        GraphicsNode node = new GVTBuilder().build(context, document);
        Rectangle2D bounds = node.getPrimitiveBounds();
        double width = context.getDocumentSize() != null ? context.getDocumentSize().getWidth()
                : bounds == null ? 0 : bounds.getMaxX();
        double height = context.getDocumentSize() != null ? context.getDocumentSize().getHeight()
                : bounds == null ? 0 : bounds.getMaxY();
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IOException("the SVG has no size");
        }
        return new Vector(node, width, height);
    }
}
