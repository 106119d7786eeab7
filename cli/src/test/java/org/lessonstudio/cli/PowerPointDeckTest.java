package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.media.VideoProbe;

/**
 * {@code lesson export FILE --to pptx}: a PowerPoint deck with a slide per step (to each pause),
 * each with its own stretch of the video inside the deck, played as the slide opens, and what is
 * said in the step as the speaker's notes; LibreOffice Impress reads it (a page per step in PDF).
 */
class PowerPointDeckTest {

    private static final String VIDEO = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/video";
    private static final String MEDIA = "http://schemas.microsoft.com/office/2007/relationships/media";

    @TempDir
    static Path folder;
    private static Path deck;
    private static double seconds;

    @BeforeAll
    static void export() throws Exception {
        Path lesson = folder.resolve("steps.lesson");
        Files.writeString(lesson, """
                lesson "Steps & stops"

                scene "First"
                  circle c: radius 2, color yellow
                  say "Here is a circle."
                  draw c over 1s
                  pause
                  square s: side 1, color blue
                  say "And now a square inside it."
                  draw s over 1s
                  pause
                  wait 1s

                scene "Second"
                  text t: "The end" at top
                  say "That is all."
                  write t over 1s
                """);
        deck = folder.resolve("steps.pptx");
        Run export = Run.lesson("export", lesson.toString(), "--to", "pptx", "--size", "320x180", "--quality",
                "draft", "--no-voice", "-o", deck.toString());
        assertEquals(0, export.exitCode(), export.err());
        Matcher said = Pattern.compile("\\(3 slides, ([0-9.]+) s of lesson\\)").matcher(export.out());
        assertTrue(said.find(), export.out());
        seconds = Double.parseDouble(said.group(1));
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "the deck and the lesson: nothing else left beside them");
        }
    }

    @Test
    void aSlidePerStepWithItsOwnClipPlayingOnEntryAndWhatIsSaidAsNotes() throws Exception {
        try (InputStream in = Files.newInputStream(deck); XMLSlideShow show = new XMLSlideShow(in)) {
            List<XSLFSlide> slides = show.getSlides();
            assertEquals(3, slides.size(), "two pauses: three steps");
            List<String> said = List.of("Here is a circle.", "And now a square inside it.", "That is all.");
            double[] lengths = new double[3];
            BufferedImage[] poster = new BufferedImage[3];
            for (int i = 0; i < 3; i++) {
                XSLFSlide slide = slides.get(i);
                PackagePart clip = only(slide, VIDEO);
                assertEquals("video/mp4", clip.getContentType());
                assertEquals(clip.getPartName(), only(slide, MEDIA).getPartName(), "PowerPoint's media link, same clip");
                Path mp4 = folder.resolve("clip-" + i + ".mp4");
                try (InputStream data = clip.getInputStream()) {
                    Files.copy(data, mp4);
                }
                VideoProbe.Facts facts = VideoProbe.probe(mp4);
                assertEquals(320, facts.width());
                lengths[i] = facts.duration();

                XSLFPictureShape picture = (XSLFPictureShape) slide.getShapes().stream()
                        .filter(s -> s instanceof XSLFPictureShape).findFirst().orElseThrow();
                String timing = slide.getXmlObject().getTiming().xmlText();
                assertTrue(timing.contains("nodeType=\"afterEffect\"") && timing.contains("playFrom(0.0)")
                        && timing.contains("spid=\"" + picture.getShapeId() + "\""),
                        "the clip starts by itself as the slide opens: " + timing);

                XSLFNotes notes = slide.getNotes();
                String expected = said.get(i);
                String text = java.util.Arrays.stream(notes.getPlaceholders()).map(XSLFTextShape::getText)
                        .filter(t -> t.contains(expected)).findFirst().orElse("");
                assertEquals(expected, text.strip(), "the step's narration, and only it");
                poster[i] = ImageIO.read(new ByteArrayInputStream(picture.getPictureData().getData()));
            }
            for (double length : lengths) {
                assertTrue(length > 0.9, "each step draws for a second at least: " + length);
            }
            assertEquals(seconds, lengths[0] + lengths[1] + lengths[2], 0.1, "the steps make the whole lesson, once");
            assertFalse(hasBlue(poster[0]), "the first step ends before the square is drawn");
            assertTrue(hasBlue(poster[1]), "the second step's picture shows the square it drew");
        }
    }

    @Test
    void libreOfficeImpressPrintsAPagePerStep() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        assumeTrue(Files.isExecutable(soffice), "LibreOffice Impress is not installed (apt-get install "
                + "libreoffice-impress; .ci/run does): the deck was not opened in it");
        Path out = Files.createDirectories(folder.resolve("pdf"));
        Path profile = folder.resolve("libreoffice-profile");
        Process convert = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString(), deck.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertTrue(convert.waitFor(3, TimeUnit.MINUTES), "LibreOffice finishes");
        Path pdf = out.resolve("steps.pdf");
        assertTrue(Files.isRegularFile(pdf), Files.readString(folder.resolve("soffice.log")));
        Matcher pages = Pattern.compile("/Type\\s*/Page\\b(?!s)")
                .matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertEquals(3, count, "a page per step");
    }

    private static PackagePart only(XSLFSlide slide, String type) throws Exception {
        List<PackageRelationship> links = new java.util.ArrayList<>();
        slide.getPackagePart().getRelationshipsByType(type).forEach(links::add);
        assertEquals(1, links.size(), type);
        return slide.getPackagePart().getRelatedPart(links.get(0));
    }

    private static boolean hasBlue(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 255;
                int g = (rgb >> 8) & 255;
                int b = rgb & 255;
                if (b > 90 && b > r + 25 && b > g + 10) {
                    return true;
                }
            }
        }
        return false;
    }
}
