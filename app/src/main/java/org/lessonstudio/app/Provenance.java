package org.lessonstudio.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.model.Scene;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.footage.Clip;
import org.lessonstudio.footage.ClipCache;
import org.lessonstudio.footage.FootageChooser;
import org.lessonstudio.footage.Providers;
import org.lessonstudio.renderer.OutputSet;
import org.lessonstudio.timeline.CaptionEvent;
import org.lessonstudio.timeline.SceneExtras;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;
import org.lessonstudio.voice.Narration;
import org.lessonstudio.voice.Narrator;

/**
 * {@code NAME.provenance.json} beside the video: where everything in it came from, in the shape of
 * a C2PA manifest definition (what C2PA's own c2patool signs and embeds). The video is declared
 * {@code algorithmicMedia} when it is drawn and spoken by rules alone, and
 * {@code compositeWithTrainedAlgorithmicMedia} when a trained model (a neural voice, generated
 * footage) made any part of it. Nothing secret is written: no keys, no addresses of services.
 */
final class Provenance {

    static final String IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/";
    private static final String VERSION = "0.1.0";

    private Provenance() {
    }

    /**
     * Writes the record for {@code video} into {@code set}, as its last file: it names the SHA-256
     * of the video and of every other file in the set (taken from their temporary files, which
     * become them unchanged), so that a record moved into place describes exactly the files beside
     * it, and files moved before it (a run stopped while moving the set) do not match the earlier
     * record still there. Returns the record's path, in place once the set is.
     */
    static Path stage(OutputSet set, Timeline timeline, Narration narration, LessonFootage footage, Path video)
            throws IOException {
        String name = video.getFileName().toString();
        Path file = fileFor(video);
        Path target = video.toAbsolutePath().normalize();
        Map<String, Object> manifest = manifest(timeline, narration, footage, name);
        Map<String, Object> sources = sourcesOf(manifest);
        List<Map<String, Object>> sidecars = new ArrayList<>();
        for (OutputSet.Step step : set.plan()) {
            if (step instanceof OutputSet.Move move) {
                String hash = ClipCache.sha256(move.partial());
                if (move.target().equals(target)) {
                    sources.put("video", ordered("file", name, "sha256", hash));
                } else {
                    sidecars.add(ordered("file", move.target().getFileName().toString(), "sha256", hash));
                }
            }
        }
        if (!sources.containsKey("video")) {
            throw new IllegalStateException("the video is not in the set of files its record describes");
        }
        sources.put("sidecars", sidecars);
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(manifest) + "\n";
        set.write(file, p -> Files.writeString(p, json, StandardCharsets.UTF_8));
        return file;
    }

    /** {@code NAME.provenance.json} for the video {@code NAME.mp4}. */
    static Path fileFor(Path video) {
        String name = video.getFileName().toString();
        String stem = name.endsWith(".mp4") ? name.substring(0, name.length() - 4) : name;
        return video.resolveSibling(stem + ".provenance.json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sourcesOf(Map<String, Object> manifest) {
        List<Map<String, Object>> assertions = (List<Map<String, Object>>) manifest.get("assertions");
        return (Map<String, Object>) assertions.get(1).get("data");
    }

    static Map<String, Object> manifest(Timeline timeline, Narration narration, String title) {
        return manifest(timeline, narration, LessonFootage.none(), title);
    }

    static Map<String, Object> manifest(Timeline timeline, Narration narration, LessonFootage footage, String title) {
        Lesson lesson = timeline.lesson();
        List<Map<String, Object>> sources = new ArrayList<>();
        List<Map<String, Object>> ingredients = new ArrayList<>();
        boolean trained = voices(lesson, narration, sources, ingredients);
        recordingsAndMusic(timeline, narration, sources, ingredients);
        trained |= footage(timeline, footage, sources, ingredients);

        Map<String, Object> agent = ordered("name", "Lesson Studio", "version", VERSION);
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("action", "c2pa.created");
        created.put("digitalSourceType", IPTC + (trained ? "compositeWithTrainedAlgorithmicMedia" : "algorithmicMedia"));
        created.put("softwareAgent", agent);
        created.put("when", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        created.put("description", summary(timeline, narration, footage));

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("claim_generator_info", List.of(agent));
        manifest.put("title", title);
        manifest.put("format", "video/mp4");
        manifest.put("assertions", List.of(
                ordered("label", "c2pa.actions", "data", ordered("actions", List.of(created))),
                ordered("label", "org.lessonstudio.sources", "data", ordered("lesson", lesson.title(),
                        "watermark", lesson.footage().watermark() ? "on" : "off (turned off by the lesson's"
                                + " `watermark: off`)", "sources", sources))));
        manifest.put("ingredients", ingredients);
        return manifest;
    }

    /** One source per engine and voice that spoke; true if any of them is a trained model. */
    private static boolean voices(Lesson lesson, Narration narration, List<Map<String, Object>> sources,
                                  List<Map<String, Object>> ingredients) {
        if (narration.isSilent()) {
            return false;
        }
        org.lessonstudio.dsl.model.VoiceSetting setting = lesson.voiceSetting();
        Set<String> voices = new LinkedHashSet<>();
        int sentences = 0;
        for (Action.Say say : lesson.sentences()) {
            if (say.recording() != null || narration.of(say).isEmpty()) {
                continue;
            }
            sentences++;
            voices.add(say.voice() != null && narration.language().equals(lesson.language()) ? say.voice()
                    : setting.voice().isEmpty() || !narration.language().equals(lesson.language())
                    ? defaultVoice(setting.engine(), narration.language()) : setting.voice());
        }
        boolean trained = setting.engine().equals("openai");
        for (String voice : voices) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("kind", "voice");
            source.put("engine", trained ? "an OpenAI-compatible speech service" : "espeak-ng (formant synthesis)");
            source.put("voice", voice);
            source.put("language", narration.language());
            source.put("sentences", sentences);
            source.put("digitalSourceType", IPTC + (trained ? "trainedAlgorithmicMedia" : "algorithmicMedia"));
            sources.add(source);
            ingredients.add(ingredient("narration: " + voice, "audio/wav"));
        }
        return trained;
    }

    private static void recordingsAndMusic(Timeline timeline, Narration narration, List<Map<String, Object>> sources,
                                           List<Map<String, Object>> ingredients) {
        Path folder = timeline.lesson().source().path() == null ? null : timeline.lesson().source().folder();
        Set<Path> seen = new LinkedHashSet<>();
        for (ScenePlan scene : timeline.scenes()) {
            for (CaptionEvent caption : scene.captions()) {
                Path recording = caption.say().recording();
                if (recording != null && seen.add(recording)) {
                    sources.add(ordered("kind", "recording", "file", relative(folder, recording)));
                    ingredients.add(ingredient(relative(folder, recording), "audio/*"));
                }
            }
            for (SceneExtras.MusicCue music : scene.extras().music()) {
                if (seen.add(music.file())) {
                    sources.add(ordered("kind", "music", "file", relative(folder, music.file())));
                    ingredients.add(ingredient(relative(folder, music.file()), "audio/*"));
                }
            }
        }
    }

    /**
     * One source and one ingredient per footage clip: its provider, model, job, prompt, seed, where
     * it is in the video and its SHA-256. True if any of it was generated by a trained model.
     */
    private static boolean footage(Timeline timeline, LessonFootage footage, List<Map<String, Object>> sources,
                                   List<Map<String, Object>> ingredients) {
        boolean generated = false;
        Path folder = timeline.lesson().source().path() == null ? null : timeline.lesson().source().folder();
        for (LessonFootage.OnScreen shot : footage.onScreen(timeline)) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("kind", "footage");
            source.put("description", shot.description());
            source.put("onScreen", shot.times().stream().map(r -> ordered("from", round(r[0]), "to", round(r[1])))
                    .toList());
            java.util.Optional<Clip> clip = shot.choice().flatMap(FootageChooser.Choice::clip);
            if (clip.isEmpty()) {
                source.put("provider", Providers.PROCEDURAL.id());
                source.put("made", "drawn by Lesson Studio from the description's words as the video was drawn");
                source.put("digitalSourceType", IPTC + "algorithmicMedia");
                sources.add(source);
                continue;
            }
            Clip c = clip.get();
            source.put("provider", c.provider().id());
            if (!c.model().isEmpty()) {
                source.put("model", c.model());
            }
            if (!c.jobId().isEmpty()) {
                source.put("jobId", c.jobId());
            }
            source.put("prompt", c.prompt());
            if (c.seed() != 0) {
                source.put("seed", c.seed());
            }
            source.put("file", c.provider().keptInTheLessonFolder() ? relative(folder, c.file())
                    : c.file().getFileName().toString());
            source.put("sha256", c.sha256());
            source.put("made", c.provider().made());
            c.provider().digitalSourceType().ifPresent(term -> source.put("digitalSourceType", IPTC + term));
            generated |= c.provider().generated();
            sources.add(source);
            Map<String, Object> ingredient = ingredient(String.valueOf(source.get("file")),
                    c.still() ? "image/*" : "video/mp4");
            ingredient.put("metadata", ordered("provider", c.provider().id(), "model", c.model(), "jobId", c.jobId(),
                    "prompt", c.prompt(), "seed", c.seed(), "sha256", c.sha256(), "onScreen", source.get("onScreen")));
            ingredients.add(ingredient);
        }
        return generated;
    }

    /** One line for a teacher, and for the MP4's comment: what in the video was made how, and where. */
    static String summary(Timeline timeline, Narration narration, LessonFootage footage) {
        StringBuilder text = new StringBuilder("Vector animation drawn from the lesson \"" + timeline.lesson().title()
                + "\"" + (narration == null || narration.isSilent() ? ", without narration" : ", narrated") + ".");
        for (LessonFootage.OnScreen shot : footage.onScreen(timeline)) {
            String how = shot.choice().flatMap(FootageChooser.Choice::clip).map(Clip::provider)
                    .orElse(Providers.PROCEDURAL).summary();
            for (double[] range : shot.times()) {
                text.append(" ").append(Durations.format(range[0])).append("\u2013").append(Durations.format(range[1]))
                        .append(": ").append(how).append(".");
            }
        }
        return text.toString();
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    private static String defaultVoice(String engine, String language) {
        org.lessonstudio.voice.SpeechEngine known = Narrator.standardEngines(Map.of()).get(engine);
        return known == null ? language : known.defaultVoice(language);
    }

    /** A JSON object with its keys in the order written. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> ingredient(String title, String format) {
        Map<String, Object> ingredient = new LinkedHashMap<>();
        ingredient.put("title", title);
        ingredient.put("format", format);
        ingredient.put("relationship", "componentOf");
        return ingredient;
    }

    /** A file the lesson read (its real path, as checked), named from the lesson's folder (its real path too). */
    private static String relative(Path folder, Path file) {
        if (folder == null) {
            return file.getFileName().toString();
        }
        return folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
    }
}
