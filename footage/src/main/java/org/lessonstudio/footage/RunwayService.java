package org.lessonstudio.footage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Locale;

/**
 * Runway's API: {@code POST /v1/text_to_video} with the {@code X-Runway-Version} header creates a
 * task; {@code GET /v1/tasks/{id}} goes PENDING / THROTTLED / RUNNING to SUCCEEDED (with output
 * addresses that expire within a day or two), FAILED or CANCELLED. The key comes only from
 * {@code RUNWAYML_API_SECRET} and is only ever sent in the Authorization header.
 */
final class RunwayService implements VideoService {

    static final String VERSION = "2024-11-06";
    static final String KEY = "RUNWAYML_API_SECRET";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String key;
    private final String model;

    RunwayService(URI base, String key, String model) {
        this.base = base;
        this.key = key;
        this.model = model;
    }

    /** Runway at {@code LESSON_RUNWAY_URL} (its own address unless set), with the key from {@code RUNWAYML_API_SECRET}. */
    static RunwayService fromEnvironment(Provider.Runway provider, java.util.Map<String, String> environment) {
        String url = environment.get("LESSON_RUNWAY_URL");
        return new RunwayService(URI.create(url == null || url.isBlank() ? "https://api.dev.runwayml.com" : url),
                VideoService.fromEnvironment(environment, KEY), provider.model());
    }

    @Override
    public Provider provider() {
        return new Provider.Runway(model);
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public String start(ShotRequest shot, int seconds, ServiceCalls calls) throws FootageException {
        int[] size = clipSize(shot);
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        body.put("promptText", shot.prompt().length() > 1000 ? shot.prompt().substring(0, 1000) : shot.prompt());
        body.put("ratio", size[0] + ":" + size[1]);
        body.put("duration", seconds);
        body.put("seed", shot.seed());
        String id = calls.json(name(), authorised(base.resolve("/v1/text_to_video"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))).path("id").asText("");
        if (id.isBlank()) {
            throw new FootageException("runway accepted the request but gave no task id");
        }
        return calls.jobId(name(), "a task id", id, true);
    }

    @Override
    public Status status(String job, ServiceCalls calls) throws FootageException {
        JsonNode task = calls.json(name(), authorised(base.resolve("/v1/tasks/" + encode(job))).GET());
        String state = task.path("status").asText("");
        return switch (state) {
            case "PENDING", "THROTTLED", "RUNNING" -> new Status.Working(state.toLowerCase(Locale.ROOT));
            case "SUCCEEDED" -> {
                String output = task.path("output").path(0).asText("");
                if (output.isBlank()) {
                    throw new FootageException("runway finished the task but listed no video");
                }
                yield new Status.Done(calls.address(name(), output));
            }
            case "FAILED", "CANCELLED" -> {
                String failure = task.hasNonNull("failure") ? task.get("failure").asText() : "";
                String code = task.path("failureCode").asText("");
                yield VideoService.contentReason(code) || VideoService.contentReason(failure)
                        ? new Status.Refused(failure.isBlank() ? code : failure + (code.isBlank() ? "" : " (" + code + ")"))
                        : new Status.Failed(state.toLowerCase(Locale.ROOT) + (failure.isBlank() ? "" : ": " + failure));
            }
            default -> throw new FootageException("runway answered with a task status Lesson Studio does not know: `"
                    + calls.shown(state, 40) + "`");
        };
    }

    @Override
    public HttpRequest.Builder download(URI video) {
        // output addresses are signed; the key is not sent with them
        return HttpRequest.newBuilder(video).GET();
    }

    @Override
    public boolean hasKey() {
        return key != null && !key.isBlank();
    }

    @Override
    public boolean keyUsable() {
        return VideoService.usable(key);
    }

    @Override
    public String keyVariable() {
        return KEY;
    }

    private HttpRequest.Builder authorised(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + key)
                .header("X-Runway-Version", VERSION).header("Accept", "application/json");
    }

    private static String encode(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8);
    }

}
