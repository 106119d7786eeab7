package org.lessonstudio.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Beside every video, a C2PA-shaped record of how it was made and from what. */
class ProvenanceTest {

    @Test
    void aDrawnLessonWithPlaceholderFootageIsAlgorithmicMediaAndListsItsShots(@TempDir Path folder) throws Exception {
        Path video = folder.resolve("waves.mp4");
        Run render = Run.lesson("render", "../examples/footage.lesson", "-o", video.toString(), "--size", "160x90",
                "--fps", "10", "--quality", "draft", "--no-voice");
        assertEquals(0, render.exitCode(), render.err());

        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("waves.provenance.json").toFile());
        assertEquals("Lesson Studio", manifest.at("/claim_generator_info/0/name").asText());
        assertEquals("waves.mp4", manifest.get("title").asText());
        assertEquals("video/mp4", manifest.get("format").asText());
        JsonNode created = manifest.at("/assertions/0");
        assertEquals("c2pa.actions", created.get("label").asText());
        assertEquals("c2pa.created", created.at("/data/actions/0/action").asText());
        assertEquals(Provenance.IPTC + "algorithmicMedia", created.at("/data/actions/0/digitalSourceType").asText());
        List<String> shots = new ArrayList<>();
        for (JsonNode source : manifest.at("/assertions/1/data/sources")) {
            assertEquals("footage", source.get("kind").asText(), "a silent render has no voice among its sources");
            shots.add(source.get("description").asText());
        }
        assertEquals(List.of("Ocean waves rolling onto a sandy beach under a grey sky, camera still",
                "Ocean waves rolling onto a sandy beach, seen from above"), shots);
        assertEquals(0, manifest.get("ingredients").size());
    }

    @Test
    void aNarratedLessonNamesItsVoiceAndItsMusic(@TempDir Path folder) throws Exception {
        Path video = folder.resolve("circle.mp4");
        Run render = Run.lesson("render", "../examples/narration-and-music.lesson", "-o", video.toString(), "--size",
                "160x90", "--fps", "10", "--quality", "draft");
        assertEquals(0, render.exitCode(), render.err());
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("circle.provenance.json").toFile());
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
