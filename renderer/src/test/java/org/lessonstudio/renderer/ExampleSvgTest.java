package org.lessonstudio.renderer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.XMLResourceDescriptor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.timeline.frame.FrameState;

/**
 * The SVG still of every example is a valid SVG (Batik reads it back) that shows what the PNG
 * shows: drawn back into pixels, it matches the PNG of the same frame within antialiasing.
 */
class ExampleSvgTest {

    @TempDir
    Path out;

    @TestFactory
    Stream<DynamicTest> everyExamplesSvgShowsWhatItsPngShows() throws Exception {
        List<Path> lessons;
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            lessons = files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList();
        }
        return lessons.stream().map(lesson -> DynamicTest.dynamicTest(lesson.getFileName().toString(), () -> {
            Timeline timeline = Frames.timeline(lesson);
            FrameState frame = timeline.frameAt(timeline.duration() * 0.6);
            BufferedImage png = new FrameRenderer().render(frame, 320, 180);
            Path svg = out.resolve(lesson.getFileName() + ".svg");
            SvgExport.write(frame, 320, 180, svg);
            BufferedImage back = draw(svg);
            double mean = meanDifference(png, back);
            assertTrue(mean < 4, lesson.getFileName() + ": the SVG drawn back differs from the PNG by " + mean);
        }));
    }

    private static BufferedImage draw(Path svg) throws Exception {
        SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        var document = factory.createSVGDocument(svg.toUri().toString());
        UserAgentAdapter agent = new UserAgentAdapter();
        BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
        GraphicsNode node = new GVTBuilder().build(context, document);
        BufferedImage image = new BufferedImage(320, 180, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        node.paint(g);
        g.dispose();
        return image;
    }

    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long total = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    total += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        return total / (3.0 * a.getWidth() * a.getHeight());
    }
}
