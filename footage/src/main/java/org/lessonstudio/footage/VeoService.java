package org.lessonstudio.footage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * Google's Veo through the Gemini API: {@code POST …/models/{model}:predictLongRunning} starts an
 * operation, which is polled ({@code GET …/{operation}}) until {@code done}; its response names the
 * video's address, fetched at once with the key. The key comes only from {@code GEMINI_API_KEY}
 * and is sent only in the {@code x-goog-api-key} header, and only to the API's own host.
 */
final class VeoService implements VideoService {

    static final String KEY = "GEMINI_API_KEY";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final String key;
    private final String model;

    /** @param base the API's root, such as {@code https://generativelanguage.googleapis.com/v1beta/} */
    VeoService(URI base, String key, String model) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.key = key;
        this.model = model;
    }

    /** Veo at {@code LESSON_VEO_URL} (the Gemini API unless set), with the key from {@code GEMINI_API_KEY}. */
    static VeoService fromEnvironment(Provider.Veo provider, java.util.Map<String, String> environment) {
        String url = environment.get("LESSON_VEO_URL");
        return new VeoService(URI.create(url == null || url.isBlank()
                ? "https://generativelanguage.googleapis.com/v1beta/" : url), VideoService.fromEnvironment(environment, KEY),
                provider.model());
    }

    @Override
    public Provider provider() {
        return new Provider.Veo(model);
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public String start(ShotRequest shot, int seconds, ServiceCalls calls) throws FootageException {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("instances").addObject().put("prompt", shot.prompt());
        ObjectNode parameters = body.putObject("parameters");
        parameters.put("aspectRatio", shot.landscape() ? "16:9" : "9:16");
        parameters.put("durationSeconds", seconds);
        parameters.put("resolution", "720p");
        parameters.put("seed", shot.seed());
        String operation = calls.json(name(), authorised(base.resolve("models/" + model + ":predictLongRunning"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))).path("name").asText("");
        if (operation.isBlank()) {
            throw new FootageException("veo accepted the request but gave no operation to follow");
        }
        return calls.jobId(name(), "an operation name", operation, underTheApi(operation));
    }

    @Override
    public Status status(String job, ServiceCalls calls) throws FootageException {
        JsonNode operation = calls.json(name(), authorised(base.resolve(job)).GET());
        if (!operation.path("done").asBoolean(false)) {
            return new Status.Working("running");
        }
        if (operation.has("error")) {
            String message = operation.path("error").path("message").asText("failed");
            return VideoService.contentReason(message) ? new Status.Refused(message) : new Status.Failed(message);
        }
        JsonNode response = operation.path("response");
        JsonNode samples = response.path("generateVideoResponse").path("generatedSamples");
        if (samples.path(0).path("video").path("uri").asText("").isBlank()
                && response.path("generateVideoResponse").has("raiMediaFilteredReasons")) {
            return new Status.Refused(response.path("generateVideoResponse").path("raiMediaFilteredReasons").path(0)
                    .asText("the video was filtered"));
        }
        String uri = samples.path(0).path("video").path("uri").asText("");
        if (uri.isBlank()) {
            throw new FootageException("veo finished the operation but named no video");
        }
        return new Status.Done(calls.address(name(), uri));
    }

    @Override
    public HttpRequest.Builder download(URI video) {
        HttpRequest.Builder request = HttpRequest.newBuilder(video).GET();
        return ServiceCalls.sameOrigin(base, video) ? request.header("x-goog-api-key", key) : request;
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

    /** An operation name that stays under the API's root once resolved (no "..", no host, no scheme of its own). */
    private boolean underTheApi(String operation) {
        if (operation.contains("..") || operation.startsWith("/") || operation.contains("//")) {
            return false;
        }
        try {
            return base.resolve(operation).toString().startsWith(base.toString());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private HttpRequest.Builder authorised(URI uri) {
        return HttpRequest.newBuilder(uri).header("x-goog-api-key", key).header("Accept", "application/json");
    }

}
