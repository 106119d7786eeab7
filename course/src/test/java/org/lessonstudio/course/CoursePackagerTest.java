package org.lessonstudio.course;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.course.Course;
import org.lessonstudio.dsl.course.CourseLesson;
import org.lessonstudio.dsl.course.Question;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.dsl.source.Span;

/**
 * Packages as a platform reads them: manifests valid by ADL's own schemas, pages that carry their
 * lesson, zips that are the same byte for byte, and names that cannot escape their folder.
 */
class CoursePackagerTest {

    @TempDir
    Path folder;

    private List<RenderedLesson> lessons() throws IOException {
        List<RenderedLesson> lessons = new ArrayList<>();
        String[] names = {"where-sine-comes-from", "radians"};
        for (int i = 0; i < names.length; i++) {
            Path dir = Files.createDirectories(folder.resolve(names[i]));
            Path video = Files.write(dir.resolve("video.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', (byte) i});
            Path poster = Files.write(dir.resolve("poster.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            Path vtt = Files.writeString(dir.resolve("c.vtt"), "WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n");
            Path srt = Files.writeString(dir.resolve("c.srt"), "1\n00:00:00,000 --> 00:00:02,000\nHello\n");
            Path chapters = Files.writeString(dir.resolve("ch.vtt"), "WEBVTT\n");
            Path transcript = Files.writeString(dir.resolve("t.html"), "<p>Hello</p>");
            List<Question> questions = i == 0 ? List.of(new Question("A quarter turn up, the height is…",
                    List.of("1", "0 & <nothing>"), 0)) : List.of();
            CourseLesson entry = new CourseLesson(names[i] + ".lesson", folder.resolve(names[i] + ".lesson"),
                    List.of("Describe sine"), questions, new Span(0, 1));
            lessons.add(new RenderedLesson(entry, i == 0 ? "Where does sine come from?" : "Radians", 70.5, video,
                    poster, Map.of("en", vtt), Map.of("en", srt), chapters, transcript,
                    List.of(new RenderedLesson.Chapter("The unit circle", 0), new RenderedLesson.Chapter("End", 60)),
                    List.of(new RenderedLesson.Line(0, 2, "Hello </script> & welcome")),
                    Map.of("en", List.of(new RenderedLesson.Line(0, 2, "Hello"))), false));
        }
        return lessons;
    }

    private Course course(List<RenderedLesson> lessons) {
        return new Course("Trigonometry from circles", "TRIG-10", "Sine & cosine", "en", 90, 50,
                lessons.stream().map(RenderedLesson::lesson).toList(), SourceFile.of("course.lesson", ""));
    }

    private SortedMap<String, PackageContent> entries(PackageFormat format) throws Exception {
        List<RenderedLesson> lessons = lessons();
        return CoursePackager.entries(course(lessons), lessons, format, CourseTemplates.standard());
    }

    private static String text(SortedMap<String, PackageContent> entries, String name) {
        return new String(((PackageContent.Bytes) entries.get(name)).bytes(), StandardCharsets.UTF_8);
    }

    /**
     * The schemas, with W3C's schema for the xml: namespace given first: the JDK's validator does not
     * load it through an import, and refuses IMS's older copy of it (ims_xml.xsd), which binds the
     * xml namespace as a default namespace.
     */
    private static Schema schema(String folder, String... files) throws URISyntaxException, org.xml.sax.SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        javax.xml.transform.Source[] sources = new javax.xml.transform.Source[files.length + 1];
        sources[0] = source("scorm2004/xml.xsd");
        for (int i = 0; i < files.length; i++) {
            sources[i + 1] = source(folder + "/" + files[i]);
        }
        return factory.newSchema(sources);
    }

    /** A schema file, read without the DTD W3C's xml.xsd names (it is not needed to validate). */
    private static javax.xml.transform.Source source(String path) throws URISyntaxException {
        try {
            javax.xml.parsers.SAXParserFactory parsers = javax.xml.parsers.SAXParserFactory.newInstance();
            parsers.setNamespaceAware(true);
            org.xml.sax.XMLReader reader = parsers.newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, systemId) -> systemId != null && systemId.endsWith(".dtd")
                    ? new org.xml.sax.InputSource(new java.io.StringReader("")) : null);
            return new javax.xml.transform.sax.SAXSource(reader, new org.xml.sax.InputSource(
                    CoursePackagerTest.class.getResource("/schemas/" + path).toURI().toString()));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void validate(Schema schema, String xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theScorm12ManifestIsValidByAdlsSchemaAndListsEveryLessonInOrder() throws Exception {
        SortedMap<String, PackageContent> entries = entries(PackageFormat.SCORM12);
        String manifest = text(entries, "imsmanifest.xml");
        // (IMS's metadata schema, imsmd_rootv1p2p1.xsd, is left out: the JDK refuses it for an ambiguity of its
        // own, and the manifest has no metadata from it)
        Schema scorm12 = schema("scorm12", "imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd");
        validate(scorm12, manifest);
        assertThrows(org.xml.sax.SAXParseException.class, () -> validate(scorm12,
                manifest.replace("adlcp:scormtype=\"sco\"", "adlcp:scormtype=\"lesson\"")), "the schema is applied");
        assertTrue(manifest.indexOf("1. Where does sine come from?") < manifest.indexOf("2. Radians"));
        assertTrue(manifest.contains("adlcp:scormtype=\"sco\" href=\"lessons/where-sine-comes-from/index.html\""));
        assertTrue(manifest.contains("<adlcp:masteryscore>50</adlcp:masteryscore>"), "the quiz's pass mark");
        assertEquals(1, manifest.split("masteryscore>50<", -1).length - 1, "only the lesson with a quiz has one");
        for (String name : entries.keySet()) {
            if (!name.equals("imsmanifest.xml")) {
                assertTrue(manifest.contains("<file href=\"" + name + "\"/>"), "the manifest lists " + name);
            }
        }
    }

    @Test
    void theScorm2004ManifestIsValidAndSequencedInOrder() throws Exception {
        String manifest = text(entries(PackageFormat.SCORM2004), "imsmanifest.xml");
        validate(schema("scorm2004", "imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd", "adlnav_v1p3.xsd",
                "imsss_v1p0.xsd"), manifest);
        assertTrue(manifest.contains("<schemaversion>2004 4th Edition</schemaversion>"));
        assertTrue(manifest.contains("<imsss:controlMode choice=\"true\" flow=\"true\"/>"));
        assertTrue(manifest.contains("adlcp:scormType=\"sco\""));
        assertTrue(manifest.contains("<imsss:minNormalizedMeasure>0.50</imsss:minNormalizedMeasure>"));
    }

    @Test
    void theCommonCartridgeIsAContentPackageOfWebPagesInOneModule() throws Exception {
        String manifest = text(entries(PackageFormat.CC), "imsmanifest.xml");
        assertTrue(manifest.contains("<schema>IMS Common Cartridge</schema>"));
        assertTrue(manifest.contains("<schemaversion>1.1.0</schemaversion>"));
        assertTrue(manifest.contains("structure=\"rooted-hierarchy\""));
        assertTrue(manifest.contains("type=\"webcontent\" href=\"lessons/radians/index.html\""));
        assertTrue(manifest.contains("<lomimscc:string language=\"en\">Sine &amp; cosine</lomimscc:string>"));
        // IMS's CC 1.1 schemas are not reachable here: check the package structure by Content Packaging 1.1
        String asContentPackage = manifest.replace("http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1",
                "http://www.imsglobal.org/xsd/imscp_v1p1").replaceAll("xsi:schemaLocation=\"[^\"]*\"", "");
        validate(schema("scorm2004", "imscp_v1p1.xsd"), asContentPackage);
    }

    @Test
    void aWebCourseHasAnIndexAndPagesThatLinkOnAndBack() throws Exception {
        SortedMap<String, PackageContent> entries = entries(PackageFormat.HTML);
        assertFalse(entries.containsKey("imsmanifest.xml"));
        String index = text(entries, "index.html");
        assertTrue(index.contains("<a href=\"lessons/where-sine-comes-from/index.html\">"));
        String first = text(entries, "lessons/where-sine-comes-from/index.html");
        assertTrue(first.contains("<a href=\"../radians/index.html\" rel=\"next\">"));
        assertTrue(first.contains("<track kind=\"captions\" src=\"captions.en.vtt\" srclang=\"en\" label=\"English\" "
                + "default>"));
        assertTrue(first.contains("\"scorm\":\"none\""));
        assertTrue(first.contains("<label><input type=\"radio\" name=\"q0\" value=\"1\" required> 0 &amp; &lt;nothing&gt;"
                + "</label>"), "answers are escaped");
        assertTrue(first.contains("Hello &lt;/script&gt; &amp; welcome"), "the transcript is escaped");
        assertFalse(first.contains("http://") || first.contains("https://"), "no request leaves the page");
        String scorm = text(entries(PackageFormat.SCORM12), "lessons/radians/index.html");
        assertTrue(scorm.contains("\"scorm\":\"1.2\""));
        assertFalse(scorm.contains("rel=\"next\""), "the platform moves between lessons");
    }

    @Test
    void twoExportsOfTheSameCourseAreTheSameByteForByte() throws Exception {
        Path one = folder.resolve("one.zip");
        Path two = folder.resolve("two.zip");
        CourseZip.write(entries(PackageFormat.SCORM12), one);
        CourseZip.write(entries(PackageFormat.SCORM12), two);
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(one))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertEquals(CourseZip.FIXED_TIME, e.getTimeLocal());
            }
        }
        assertEquals(names.stream().sorted().toList(), names, "entries in sorted order");
        assertTrue(names.contains("lessons/radians/captions.en.srt"), "SRT beside WebVTT");
    }

    @Test
    void aFailedWriteLeavesTheEarlierPackageAsItWas() throws Exception {
        Path target = folder.resolve("course.zip");
        Files.writeString(target, "the earlier package");
        SortedMap<String, PackageContent> entries = entries(PackageFormat.SCORM12);
        entries.put("lessons/radians/video.mp4", new PackageContent.FromFile(folder.resolve("gone.mp4")));
        assertThrows(IOException.class, () -> CourseZip.write(entries, target));
        assertEquals("the earlier package", Files.readString(target));
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".")), "nothing half-written");
        }
    }

    @Test
    void namesThatCouldEscapeTheirFolderAreRefused() {
        for (String bad : List.of("../evil.html", "/etc/passwd", "lessons/../../x", "a\\b.html", "C:/x", "a//b", "",
                "lessons/.hidden/../x")) {
            assertThrows(IllegalArgumentException.class, () -> PackagePaths.check(bad), bad);
        }
        assertEquals("lessons/radians/index.html", PackagePaths.check("lessons/radians/index.html"));
        assertEquals("Where-sine-comes-from", PackagePaths.folderFor("../Where sine comes from!"));
    }

    @Test
    void everyLessonHasItsOwnReadableFolderTheSameAtEveryExport() {
        List<String> names = List.of("radians.lesson", "unit-2/radians.lesson", "数学.lesson", "..lesson",
                "...lesson", "Circle.lesson", "circle.lesson", "con.lesson", "./sine.lesson");
        List<CourseLesson> lessons = names.stream().map(n -> new CourseLesson(n, folder.resolve(n), List.of(),
                List.of(), new Span(0, 1))).toList();
        List<String> folders = PackagePaths.lessonFolders(lessons);
        assertEquals(List.of("radians", "unit-2-radians"), folders.subList(0, 2));
        assertEquals("sine", folders.get(8), "./ is only a way of writing the same path");
        for (int i : new int[] {2, 3, 4}) {
            assertTrue(folders.get(i).matches("lesson-[0-9a-f]{6}"), "nothing readable is left: " + folders.get(i));
        }
        assertTrue(folders.get(5).matches("Circle-[0-9a-f]{6}") && folders.get(6).matches("circle-[0-9a-f]{6}"),
                "names that differ only in case would be one folder on many disks: " + folders);
        assertTrue(folders.get(7).matches("con-[0-9a-f]{6}"), "Windows cannot make a folder called con");
        assertEquals(folders.size(), folders.stream().map(f -> f.toLowerCase(java.util.Locale.ROOT)).distinct().count());
        assertEquals(folders, PackagePaths.lessonFolders(lessons), "the same names at every export");
        assertEquals(folders.subList(2, 5), PackagePaths.lessonFolders(lessons.subList(2, 5)),
                "a lesson's hashed name does not depend on the other lessons or their order");
    }
}
