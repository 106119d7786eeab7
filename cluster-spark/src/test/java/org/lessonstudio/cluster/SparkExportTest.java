package org.lessonstudio.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.app.Stopped;
import org.lessonstudio.app.course.CourseExport;
import org.lessonstudio.app.farm.InProcessBackend;
import org.lessonstudio.app.farm.RenderBackend;
import org.lessonstudio.app.farm.TaskResult;

/**
 * {@code lesson export --on local[N,3]}: Spark renders the same package as this machine's threads
 * (the same pages, captions, posters and manifests; videos whose decoded frames have the same
 * checksums), and a lesson mistake found on a worker comes back as {@code lesson check} prints it,
 * is not retried, and leaves the earlier package as it was.
 */
class SparkExportTest {

    @Test
    void sparkLocalGivesTheSamePackageAsThisMachinesThreads(@TempDir Path folder) throws Exception {
        Path here = Packages.copy(Path.of("../lessons/trigonometry").toAbsolutePath().normalize(), folder.resolve("here"));
        Path farm = Packages.copy(Path.of("../lessons/trigonometry").toAbsolutePath().normalize(), folder.resolve("farm"));
        Path a = folder.resolve("here.zip");
        Path b = folder.resolve("farm.zip");
        try (RenderBackend threads = new InProcessBackend(1, Packages.ENV)) {
            CourseExport.run(new CourseExport.Request(here, "scorm12", a, Packages.SMALL, null), Packages.ENV, threads,
                    new RenderBackend.Listener() { });
        }
        List<String> finished = new ArrayList<>();
        CourseExport.Exported exported;
        try (RenderBackend spark = new SparkFarm().connect("local[1,3]", Packages.ENV)) {
            assertTrue(spark.describe().startsWith("Spark at local[1,3], 1 lessons at a time"), spark.describe());
            exported = CourseExport.run(new CourseExport.Request(farm, "scorm12", b, Packages.SMALL, null),
                    Packages.ENV, spark, new RenderBackend.Listener() {
                        @Override
                        public void finished(TaskResult result, int done, int total) {
                            finished.add(done + "/" + total + " " + result.name());
                        }
                    });
        }
        assertEquals(4, exported.rendered(), "every lesson rendered on Spark");
        assertEquals(4, finished.size(), "each lesson named as it finished: " + finished);
        assertTrue(finished.get(3).startsWith("4/4 "), finished.toString());
        Map<String, String> inProcess = Packages.contents(a);
        Map<String, String> onSpark = Packages.contents(b);
        assertEquals(inProcess.keySet(), onSpark.keySet(), "the same files");
        for (String name : inProcess.keySet()) {
            assertEquals(inProcess.get(name), onSpark.get(name), name + " is the same (a video: frame for frame)");
        }
        assertTrue(inProcess.keySet().stream().filter(n -> n.endsWith(".mp4")).count() == 4, inProcess.toString());
        // recorded in docs/cluster.md: with the encoder's settings the same, the zips are byte for byte the same
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "the zips are byte-identical");
    }

    @Test
    void aLessonMistakeFoundOnAWorkerIsReportedOnceAndTheEarlierPackageIsKept(@TempDir Path folder) throws Exception {
        Path series = Packages.threeLessons(folder.resolve("series"), false);
        Path zip = folder.resolve("three.zip");
        try (RenderBackend spark = new SparkFarm().connect("local[2,3]", Packages.ENV)) {
            CourseExport.run(new CourseExport.Request(series, "html", zip, Packages.SMALL, null), Packages.ENV,
                    spark, new RenderBackend.Listener() { });
            byte[] earlier = Files.readAllBytes(zip);
            Packages.threeLessons(series, true);
            List<String> tries = new ArrayList<>();
            Stopped stopped = assertThrows(Stopped.class, () -> CourseExport.run(
                    new CourseExport.Request(series, "html", zip, Packages.SMALL, null), Packages.ENV, spark,
                    new RenderBackend.Listener() {
                        @Override
                        public void finished(TaskResult result, int done, int total) {
                            tries.add(result.name() + (result.mistaken() ? " mistaken" : ""));
                        }
                    }));
            assertTrue(stopped.lessonMistake(), "exit code 2");
            assertTrue(stopped.report().contains(series.resolve("part3.lesson") + ":6:3: error:"),
                    stopped.report());
            assertTrue(stopped.report().contains("works out to infinity"), stopped.report());
            assertTrue(stopped.report().contains("^"), "the line and a caret, as lesson check prints: "
                    + stopped.report());
            assertFalse(stopped.report().contains("lesson: "), "printed once, as lesson check does: " + stopped.report());
            assertEquals(List.of("nothing was exported; fix the mistakes above and export again"), stopped.lines());
            assertEquals(1, tries.stream().filter(t -> t.endsWith("mistaken")).count(), "tried once: " + tries);
            assertArrayEquals(earlier, Files.readAllBytes(zip), "the earlier package is untouched");
            assertFalse(Files.list(folder).anyMatch(p -> p.getFileName().toString().endsWith(".part")),
                    "no half-written package");
        }
    }
}
