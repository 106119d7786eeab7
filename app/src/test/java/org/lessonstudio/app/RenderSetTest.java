package org.lessonstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.renderer.ExportProgress;
import org.lessonstudio.renderer.OutputSet;
import org.lessonstudio.renderer.Quality;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.voice.Narration;

/**
 * A render's video and the files beside it are one set: a run killed at any moment while putting
 * a new set in place leaves either the earlier set, whole, or files that `lesson provenance` says
 * do not go together; never a mix that passes for a set.
 */
class RenderSetTest {

    private static String lesson(String words, int radius) {
        return """
                lesson "Areas"
                  video: 160x90, 10 fps

                scene "A circle"
                  circle c: radius %d
                  say "%s"
                    draw c over 1s
                """.formatted(radius, words);
    }

    /** The files in the folder that are not hidden, with their text (videos by hash). */
    private static Map<String, String> visible(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path file : all.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                files.put(file.getFileName().toString(), org.lessonstudio.footage.ClipCache.sha256(file));
            }
        }
        return files;
    }

    @Test
    void aRunStoppedAtAnyStepOfPuttingItsFilesInPlaceIsToldApartFromAWholeSet(@TempDir Path root) throws Exception {
        Path first = Files.writeString(root.resolve("first.lesson"), lesson("The area is pi r squared.", 1));
        Path second = Files.writeString(root.resolve("second.lesson"), lesson("Twice the radius, four times the area.",
                2));
        Timeline next = LessonSession.read(second, TestEnv.ENV).timeline().orElseThrow();
        int steps = 8;
        for (int stopped = 0; stopped <= steps; stopped++) {
            Path folder = Files.createDirectories(root.resolve("stopped-after-" + stopped));
            Path video = folder.resolve("areas.mp4");
            RenderJob.whole(TestEnv.silent(first), RenderSettings.defaults().withSpeech(
                    new RenderSettings.Speech(null, false)), video).run(new RenderJob.Listener() { });
            Map<String, String> earlierSet = visible(folder);
            assertTrue(ProvenanceReport.of(video).matches(), "the earlier set is whole");

            OutputSet set = new OutputSet();
            RenderOutputs.stage(set, next, Narration.silent("en"), LessonFootage.none(), next.lesson().video(),
                    Quality.DRAFT, video, ExportProgress.NONE);
            List<OutputSet.Step> plan = set.plan();
            assertEquals(List.of("areas.c2pa", "areas.vtt", "areas.srt", "areas.chapters.vtt", "areas.transcript.md",
                    "areas.transcript.html", "areas.mp4", "areas.provenance.json"),
                    plan.stream().map(s -> s.target().getFileName().toString()).toList(),
                    "the files beside the video first, then the video, the record last");
            for (OutputSet.Step step : plan.subList(0, stopped)) {
                step.take();
            }
            set.close(); // the temporary files of the stopped run, as the next run in the folder removes them

            ProvenanceReport.Told told = ProvenanceReport.of(video);
            boolean changed = plan.subList(0, stopped).stream().anyMatch(s -> s instanceof OutputSet.Move);
            if (!changed) {
                assertEquals(earlierSet, visible(folder), "nothing was changed yet");
                assertTrue(told.matches(), told.err());
            } else if (stopped < steps) {
                assertFalse(told.matches(), "stopped after " + plan.get(stopped - 1).target().getFileName()
                        + ", the files do not go together: " + told.out() + told.err());
                assertTrue(told.err().contains("does not describe this video") || told.err().contains("not match"),
                        told.err());
            } else {
                assertTrue(told.matches(), told.err());
                assertTrue(told.out().contains("The record matches this video file and the 5 files beside it that it"
                        + " names."), told.out());
                assertTrue(Files.readString(folder.resolve("areas.vtt")).contains("Twice the radius"));
            }
            try (Stream<Path> hidden = Files.list(folder).filter(f -> f.getFileName().toString().startsWith("."))) {
                assertEquals(List.of(), hidden.toList(), "no temporary file is left");
            }
        }
    }
}
