package org.lessonstudio.footage.safety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.lessonstudio.footage.FootageException;
import org.lessonstudio.footage.ServiceCalls;

/**
 * A second opinion on a prompt from the school's own moderation service ({@link ModeratorSettings}):
 * an OpenAI-compatible {@code /v1/moderations} endpoint, or a guard model behind an OpenAI-compatible
 * {@code /v1/chat/completions}. Its categories are mapped to ours. Answers are kept by the prompt's
 * hash, so a prompt is asked about once. Anything but a clear answer fails closed.
 */
public final class Moderator {

    /** What the moderator said about a prompt: the categories it flagged (ours), and its own words for them. */
    public record Answer(List<String> categories, List<String> said) {
        public boolean flagged() {
            return !categories.isEmpty();
        }
    }

    /** OpenAI's moderation categories, as ours. */
    private static final Map<String, String> MODERATION_CATEGORIES = Map.ofEntries(
            Map.entry("sexual", "sexual-content"), Map.entry("sexual/minors", "sexualised-minors"),
            Map.entry("self-harm", "self-harm"), Map.entry("self-harm/intent", "self-harm"),
            Map.entry("self-harm/instructions", "self-harm"), Map.entry("violence", "violence"),
            Map.entry("violence/graphic", "graphic-injury"), Map.entry("hate", "hate"),
            Map.entry("hate/threatening", "hate"), Map.entry("harassment", "hate"),
            Map.entry("harassment/threatening", "hate"), Map.entry("illicit", "dangerous-acts"),
            Map.entry("illicit/violent", "dangerous-acts"));

    /** Llama Guard 3's hazard categories, as ours. */
    private static final Map<String, String> GUARD_CATEGORIES = Map.ofEntries(
            Map.entry("S1", "violence"), Map.entry("S2", "dangerous-acts"), Map.entry("S3", "sexual-content"),
            Map.entry("S4", "sexualised-minors"), Map.entry("S5", "real-people"), Map.entry("S6", "dangerous-acts"),
            Map.entry("S7", "real-people"), Map.entry("S8", "brands"), Map.entry("S9", "dangerous-acts"),
            Map.entry("S10", "hate"), Map.entry("S11", "self-harm"), Map.entry("S12", "sexual-content"),
            Map.entry("S13", "real-people"), Map.entry("S14", "dangerous-acts"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ModeratorSettings settings;
    private final ServiceCalls calls;

    public Moderator(ModeratorSettings settings, ServiceCalls calls) {
        this.settings = settings;
        this.calls = calls;
    }

    /** The moderator with the standard way of calling: 2 retries, real waits, its own time limit. */
    public static Moderator standard(ModeratorSettings settings) {
        return new Moderator(settings, new ServiceCalls(ServiceCalls.Pause.SLEEP, new Random(), 2, settings.timeout(),
                settings.key()));
    }

    public ModeratorSettings settings() {
        return settings;
    }

    /** What the moderator says about a prompt, from the cache when it has been asked before. */
    public Answer ask(String prompt) throws ModeratorUnavailable {
        Path kept = settings.cache().resolve(hash(prompt) + ".json");
        Answer answer = cached(kept);
        if (answer != null) {
            return answer;
        }
        try {
            answer = settings.kind() == ModeratorSettings.Kind.MODERATIONS ? moderations(prompt) : guard(prompt);
        } catch (ModeratorUnavailable e) {
            throw e;
        } catch (FootageException e) {
            throw new ModeratorUnavailable(e.getMessage());
        }
        keep(kept, answer);
        return answer;
    }

    private String name() {
        return "the moderator at " + settings.base().getHost()
                + (settings.base().getPort() > 0 ? ":" + settings.base().getPort() : "");
    }

    private HttpRequest.Builder post(String path, ObjectNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.base().resolve(path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        return settings.key() == null ? request : request.header("Authorization", "Bearer " + settings.key());
    }

    private Answer moderations(String prompt) throws FootageException {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        body.put("input", prompt);
        JsonNode result = calls.json(name(), post("/v1/moderations", body)).path("results").path(0);
        if (!result.isObject() || !result.path("flagged").isBoolean() || !result.path("categories").isObject()) {
            throw new ModeratorUnavailable(name() + " answered without a moderation result Lesson Studio can read");
        }
        Set<String> ours = new LinkedHashSet<>();
        List<String> said = new ArrayList<>();
        result.path("categories").fields().forEachRemaining(e -> {
            if (e.getValue().asBoolean(false)) {
                said.add(calls.shown(e.getKey(), 40));
                ours.add(MODERATION_CATEGORIES.getOrDefault(e.getKey(), "violence"));
            }
        });
        if (result.path("flagged").asBoolean() && ours.isEmpty()) {
            said.add("flagged");
            ours.add("violence");
        }
        return new Answer(List.copyOf(ours), List.copyOf(said));
    }

    private Answer guard(String prompt) throws FootageException {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", settings.model());
        body.put("temperature", 0);
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "user").put("content", prompt);
        JsonNode content = calls.json(name(), post("/v1/chat/completions", body))
                .path("choices").path(0).path("message").path("content");
        if (!content.isTextual()) {
            throw new ModeratorUnavailable(name() + " answered without a message Lesson Studio can read");
        }
        String[] lines = content.asText().strip().split("\\s*\\n\\s*");
        String verdict = lines[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (verdict.equals("safe")) {
            return new Answer(List.of(), List.of());
        }
        if (!verdict.equals("unsafe")) {
            throw new ModeratorUnavailable(name() + " answered neither `safe` nor `unsafe` but `"
                    + calls.shown(lines[0], 40) + "`");
        }
        Set<String> ours = new LinkedHashSet<>();
        List<String> said = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            for (String code : lines[i].split("[,\\s]+")) {
                if (GUARD_CATEGORIES.containsKey(code.strip().toUpperCase(java.util.Locale.ROOT))) {
                    said.add(code.strip().toUpperCase(java.util.Locale.ROOT));
                    ours.add(GUARD_CATEGORIES.get(code.strip().toUpperCase(java.util.Locale.ROOT)));
                }
            }
        }
        if (ours.isEmpty()) {
            said.add("unsafe");
            ours.add("violence");
        }
        return new Answer(List.copyOf(ours), List.copyOf(said));
    }

    private String hash(String prompt) {
        String text = String.join("\u0000", settings.kind().name(), settings.base().toString(), settings.model(), prompt);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Answer cached(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            JsonNode json = JSON.readTree(file.toFile());
            List<String> categories = new ArrayList<>();
            List<String> said = new ArrayList<>();
            json.path("categories").forEach(c -> categories.add(c.asText()));
            json.path("said").forEach(c -> said.add(c.asText()));
            return json.path("flagged").isBoolean() ? new Answer(List.copyOf(categories), List.copyOf(said)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps an answer, written aside and moved into place; a cache that cannot be written only costs a question. */
    private static void keep(Path file, Answer answer) {
        try {
            Files.createDirectories(file.getParent());
            ObjectNode json = JSON.createObjectNode();
            json.put("flagged", answer.flagged());
            answer.categories().forEach(json.putArray("categories")::add);
            ArrayNode said = json.putArray("said");
            answer.said().forEach(said::add);
            Path partial = Files.createTempFile(file.getParent(), ".partial-", ".json");
            Files.writeString(partial, json.toString());
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // the next render asks again
        }
    }
}
