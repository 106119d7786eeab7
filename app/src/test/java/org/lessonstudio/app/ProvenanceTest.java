package org.lessonstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.footage.Clip;
import org.lessonstudio.footage.ClipCache;
import org.lessonstudio.footage.FootageChooser;
import org.lessonstudio.footage.ProceduralProvider;
import org.lessonstudio.footage.PromptTemplates;
import org.lessonstudio.footage.Provider;
import org.lessonstudio.footage.ScenePrompt;
import org.lessonstudio.footage.ScenePrompts;
import org.lessonstudio.footage.ShotRequest;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.voice.Narration;

/**
 * Beside every video, a C2PA-shaped record of how it was made and from what: valid by the schema
 * kept in docs/, with hashes that match the files it names, and a video whose pictures are the
 * footage it names.
 */
class ProvenanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(Path.of("../docs/provenance.schema.json")).toString());

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode valid(Path record) throws Exception {
        JsonNode manifest = JSON.readTree(record.toFile());
        assertEquals(List.of(), SCHEMA.validate(manifest).stream().map(Object::toString).toList());
        return manifest;
    }

    /** Renders as `lesson render` does, keeping the lines that say where each shot's footage came from. */
    private static List<String> render(LessonSession session, RenderSettings settings, Path video) throws Exception {
        List<String> said = new ArrayList<>();
        RenderJob.whole(session, settings, video).run(new RenderJob.Listener() {
            @Override
            public void footage(String line) {
                said.add(line);
            }
        });
        return said;
    }

    @Test
    void proceduralFootageIsAlgorithmicMediaWithEachClipItsHashAndItsPlace(@TempDir Path folder) throws Exception {
        Path video = folder.resolve("waves.mp4");
        render(TestEnv.silent(Path.of("../examples/footage.lesson")), TestEnv.SMALL, video);

        JsonNode manifest = valid(folder.resolve("waves.provenance.json"));
        assertEquals("Lesson Studio", manifest.at("/claim_generator_info/0/name").asText());
        assertEquals("waves.mp4", manifest.get("title").asText());
        JsonNode created = manifest.at("/assertions/0/data/actions/0");
        assertEquals("c2pa.created", created.get("action").asText());
        assertEquals(Provenance.IPTC + "algorithmicMedia", created.get("digitalSourceType").asText());
        assertEquals("Vector animation drawn from the lesson \"Waves everywhere\", without narration. 0.0 s\u20134.0 s:"
                + " procedural footage (drawn from words, not AI). 4.0 s\u20138.0 s: procedural footage (drawn from"
                + " words, not AI).", created.get("description").asText());
        List<String> shots = new ArrayList<>();
        for (JsonNode source : manifest.at("/assertions/1/data/sources")) {
            assertEquals("procedural", source.get("provider").asText());
            Path clip = new ClipCache(TestEnv.ENV.footageCache()).folder().resolve(source.get("file").asText());
            assertEquals(ClipCache.sha256(clip), source.get("sha256").asText(), "the hash is the clip's");
            shots.add(source.get("description").asText() + " @ " + source.at("/onScreen/0/from").asDouble());
        }
        assertEquals(List.of("Ocean waves rolling onto a sandy beach under a grey sky, camera still @ 0.0",
                "Ocean waves rolling onto a sandy beach, seen from above @ 4.0"), shots);
        assertEquals(2, manifest.get("ingredients").size());
        assertEquals(ClipCache.sha256(video), manifest.at("/assertions/1/data/video/sha256").asText());
        assertEquals(created.get("description").asText(),
                org.lessonstudio.media.Mp4TextTracks.read(video).comment(), "the same summary inside the MP4");

        // the record names footage the video shows: its frames are pictures, not a blank board, and they change
        BufferedImage first = Frames.at(video, 1.0);
        BufferedImage later = Frames.at(video, 6.0);
        assertTrue(Frames.spread(first) > 5, "the first shot is a picture, not a flat frame: " + Frames.spread(first));
        assertTrue(Frames.difference(first, later) > 5, "the second shot is not the first: "
                + Frames.difference(first, later));
    }

    @Test
    void aMatchingClipInTheLessonsClipFolderIsUsedInstead(@TempDir Path folder) throws Exception {
        Files.copy(Path.of("../examples/sine-from-unit-circle.lesson"), folder.resolve("sine.lesson"));
        Path clips = Files.createDirectories(folder.resolve("clips"));
        Clip made = new ProceduralProvider(new ClipCache(folder.resolve("made")))
                .clip(ShotRequest.of("A Ferris wheel at night", "p", 2, 160, 90, 10)).orElseThrow();
        Files.copy(made.file(), clips.resolve("wheel.mp4"));
        Files.writeString(clips.resolve("wheel.txt"), "Ferris wheel at dusk, filmed from the ground");
        Path video = folder.resolve("sine.mp4");
        List<String> said = render(TestEnv.silent(folder.resolve("sine.lesson")), TestEnv.SMALL, video);
        assertTrue(said.get(0).startsWith("Footage, line 12 (A wheel that turns): library \u2014 wheel.mp4: 3 of 6"
                + " words (BM25 "), said.toString());

        JsonNode source = valid(folder.resolve("sine.provenance.json")).at("/assertions/1/data/sources/0");
        assertEquals("library", source.get("provider").asText());
        assertEquals("clips/wheel.mp4", source.get("file").asText());
        assertEquals(ClipCache.sha256(clips.resolve("wheel.mp4")), source.get("sha256").asText());

        // what is on screen while the shot plays is the teacher's clip, not footage drawn from the words
        double from = source.at("/onScreen/0/from").asDouble();
        BufferedImage shown = Frames.at(video, from + 0.5);
        BufferedImage clip = Frames.at(clips.resolve("wheel.mp4"), 0.5);
        Path drawnVideo = folder.resolve("drawn.mp4");
        Files.delete(clips.resolve("wheel.mp4"));
        Files.delete(clips.resolve("wheel.txt"));
        render(TestEnv.silent(folder.resolve("sine.lesson")), TestEnv.SMALL, drawnVideo);
        BufferedImage drawn = Frames.at(drawnVideo, from + 0.5);
        assertTrue(Frames.spread(shown) > 5, "a picture, not a flat frame");
        assertTrue(Frames.difference(shown, clip) < Frames.difference(drawn, clip) / 2, "the frame is the clip's ("
                + Frames.difference(shown, clip) + "), where footage drawn from the words is not ("
                + Frames.difference(drawn, clip) + ")");
    }

    @Test
    void generatedFootageMakesTheVideoACompositeAndNamesModelJobAndSeed() throws Exception {
        Timeline timeline = TestEnv.silent(Path.of("../examples/sine-from-unit-circle.lesson")).timeline();
        Provider runway = new Provider.Runway("gen4.5");
        Clip clip = new Clip(Path.of("/cache/4f1c.mp4"), false, runway, "gen4.5", "task-91", "A Ferris wheel…",
                1234, 4, "a".repeat(64), "generated");
        ScenePrompt shot = ScenePrompts.of(timeline.lesson(), PromptTemplates.standard()).get(0);
        assertEquals("A Ferris wheel turning slowly at dusk, one cabin lit, camera still", shot.description());
        FootageChooser.Choice choice = new FootageChooser.Choice(shot, ShotRequest.of(shot.description(),
                shot.prompt(), 4, 1920, 1080, 30), Optional.of(clip), Optional.of(runway), List.of());
        Map<String, Object> manifest = Provenance.manifest(timeline, Narration.silent("en"),
                LessonFootage.of(List.of(choice)), "sine.mp4");
        JsonNode json = JSON.valueToTree(manifest);
        assertEquals(Provenance.IPTC + "compositeWithTrainedAlgorithmicMedia",
                json.at("/assertions/0/data/actions/0/digitalSourceType").asText());
        JsonNode source = json.at("/assertions/1/data/sources/0");
        assertEquals("gen4.5", source.get("model").asText());
        assertEquals("task-91", source.get("jobId").asText());
        assertEquals(1234, source.get("seed").asLong());
        assertEquals(Provenance.IPTC + "trainedAlgorithmicMedia", source.get("digitalSourceType").asText());
        assertTrue(json.at("/assertions/0/data/actions/0/description").asText()
                .contains(": AI-generated footage (runway)."));
        assertEquals("on", json.at("/assertions/1/data/watermark").asText());
    }

    @Test
    void aNarratedLessonNamesItsVoiceAndItsMusic(@TempDir Path folder) throws Exception {
        Path video = folder.resolve("circle.mp4");
        render(TestEnv.open(Path.of("../examples/narration-and-music.lesson"), RenderSettings.Speech.DEFAULT),
                TestEnv.SMALL.withSpeech(RenderSettings.Speech.DEFAULT), video);
        JsonNode manifest = valid(folder.resolve("circle.provenance.json"));
        JsonNode sources = manifest.at("/assertions/1/data/sources");
        assertEquals("voice", sources.get(0).get("kind").asText());
        assertEquals("espeak-ng (formant synthesis)", sources.get(0).get("engine").asText());
        assertEquals(3, sources.get(0).get("sentences").asInt());
        assertEquals("music", sources.get(1).get("kind").asText());
        assertEquals("assets/calm-loop.wav", sources.get(1).get("file").asText());
        assertEquals(2, manifest.get("ingredients").size());
        assertEquals("componentOf", manifest.at("/ingredients/1/relationship").asText());
    }
}
