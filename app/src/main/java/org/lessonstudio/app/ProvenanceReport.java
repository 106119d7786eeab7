package org.lessonstudio.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lessonstudio.footage.ClipCache;
import org.lessonstudio.footage.Providers;
import org.lessonstudio.media.Mp4TextTracks;

/**
 * For a teacher, what in a video is generated and where, read from the record beside it (checked
 * against the video's own hash, and the files beside it against theirs), or else from the summary
 * inside the video. Reads; writes nothing.
 */
public final class ProvenanceReport {

    /**
     * What to tell: {@code out} for the teacher's answer, {@code err} for what is wrong (each line
     * already begins {@code lesson: }); {@code matches} is false when the record is missing or does
     * not match the files.
     */
    public record Told(String out, String err, boolean matches) { }

    private ProvenanceReport() {
    }

    /** Reads the record of {@code video}, and checks it against the video and the files beside it. */
    public static Told of(Path video) throws IOException {
        StringWriter said = new StringWriter();
        StringWriter wrong = new StringWriter();
        PrintWriter out = new PrintWriter(said);
        PrintWriter err = new PrintWriter(wrong);
        boolean matches = tell(video, out, err);
        out.flush();
        err.flush();
        return new Told(said.toString(), wrong.toString(), matches);
    }

    private static boolean tell(Path video, PrintWriter out, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(video)) {
            err.println("lesson: there is no video " + video);
            return false;
        }
        Path record = Provenance.fileFor(video);
        if (!Files.isRegularFile(record)) {
            String inside = inside(video);
            if (inside.isEmpty()) {
                err.println("lesson: " + video.getFileName() + " has no provenance record beside it ("
                        + record.getFileName() + ") and none inside it");
                return false;
            }
            out.println(video.getFileName() + " (from the summary inside the video; its full record "
                    + record.getFileName() + " is not beside it):");
            out.println("  " + inside);
            return true;
        }
        JsonNode manifest = new ObjectMapper().readTree(record.toFile());
        JsonNode created = manifest.at("/assertions/0/data/actions/0");
        JsonNode data = manifest.at("/assertions/1/data");
        String recorded = data.at("/video/sha256").asText();
        String actual = ClipCache.sha256(video);
        if (!recorded.equals(actual)) {
            err.println("lesson: the provenance record " + record.getFileName() + " does not describe this video: it"
                    + " names a video whose SHA-256 begins " + begins(recorded) + ", and " + video.getFileName()
                    + "'s begins " + begins(actual) + ". The video was changed or replaced after the record was"
                    + " written, or the render that made it was stopped before writing its record; render the"
                    + " lesson again to get a record that matches.");
            String inside = inside(video);
            if (!inside.isEmpty()) {
                out.println(video.getFileName() + " (from the summary inside the video itself):");
                out.println("  " + inside);
            }
            return false;
        }
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int matching = 0;
        for (JsonNode sidecar : data.path("sidecars")) {
            String name = sidecar.path("file").asText();
            if (!plainName(name)) {
                continue;
            }
            Path file = video.resolveSibling(name);
            if (!Files.isRegularFile(file)) {
                missing.add(name);
            } else if (!ClipCache.sha256(file).equals(sidecar.path("sha256").asText())) {
                changed.add(name);
            } else {
                matching++;
            }
        }
        out.printf(Locale.ROOT, "%s, made by %s %s on %s%n", video.getFileName(),
                manifest.at("/claim_generator_info/0/name").asText(), manifest.at("/claim_generator_info/0/version")
                        .asText(), created.path("when").asText());
        String type = created.path("digitalSourceType").asText();
        out.println(type.endsWith("compositeWithTrainedAlgorithmicMedia")
                ? "Contains material made by AI (a trained model): see below."
                : "Contains no AI-generated material: drawn and spoken by rules.");
        out.println(matching == 0 ? "The record matches this video file."
                : "The record matches this video file and the " + matching + " file" + (matching == 1 ? "" : "s")
                        + " beside it that it names.");
        out.println();
        for (JsonNode source : data.path("sources")) {
            out.println("  " + line(source));
        }
        out.println();
        out.println("Label on generated footage: " + data.path("watermark").asText("on"));
        if (!missing.isEmpty()) {
            out.println("Not beside the video (named by the record): " + String.join(", ", missing) + ".");
        }
        if (!changed.isEmpty()) {
            err.println("lesson: " + String.join(", ", changed) + (changed.size() == 1 ? " does" : " do")
                    + " not match the provenance record: changed after the render, or left by a render that was"
                    + " stopped while putting its files in place; render the lesson again.");
            return false;
        }
        return true;
    }

    /** The first twelve hex digits of a hash, enough to tell two apart when read. */
    private static String begins(String sha256) {
        return sha256.length() > 12 ? sha256.substring(0, 12) : sha256.isEmpty() ? "(none)" : sha256;
    }

    /** A file name with no folder in it: the record may only name files beside the video. */
    private static boolean plainName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && !name.contains("/")
                && !name.contains("\\");
    }

    private static String inside(Path video) {
        try {
            return Mp4TextTracks.read(video).comment();
        } catch (IOException e) {
            return "";
        }
    }

    private static String line(JsonNode source) {
        String kind = source.path("kind").asText();
        return switch (kind) {
            case "footage" -> {
                StringBuilder where = new StringBuilder();
                for (JsonNode range : source.path("onScreen")) {
                    where.append(where.length() == 0 ? "" : ", ").append(Durations.format(range.path("from").asDouble()))
                            .append("\u2013").append(Durations.format(range.path("to").asDouble()));
                }
                String provider = source.path("provider").asText();
                String file = source.path("file").asText();
                String model = source.path("model").asText();
                String job = source.path("jobId").asText("");
                // a provider this version does not know is said to be generated: never passed off as filmed
                String how = Providers.recorded(provider, model).map(p -> p.reported(file, model, job))
                        .orElse("AI-GENERATED by " + provider + " " + model + (job.isEmpty() ? "" : " (job " + job + ")"));
                yield String.format(Locale.ROOT, "%-15s footage \u201C%s\u201D: %s", where,
                        source.path("description").asText(), how);
            }
            case "voice" -> String.format(Locale.ROOT, "%-15s voice: %s, %s (%d sentences)%s", "narration",
                    source.path("engine").asText(), source.path("voice").asText(), source.path("sentences").asInt(),
                    source.path("digitalSourceType").asText().endsWith("/trainedAlgorithmicMedia")
                            ? " \u2014 AI voice" : "");
            default -> String.format(Locale.ROOT, "%-15s %s: %s", "sound", kind, source.path("file").asText());
        };
    }
}
