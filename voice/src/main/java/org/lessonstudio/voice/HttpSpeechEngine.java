package org.lessonstudio.voice;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * An OpenAI-compatible speech service: {@code POST {base}/v1/audio/speech} with the text, voice
 * and model, answering WAV audio. The key comes only from the environment
 * ({@code LESSON_SPEECH_KEY}); it is never printed or written anywhere.
 */
public final class HttpSpeechEngine implements SpeechEngine {

    static final String KEY = "LESSON_SPEECH_KEY";
    static final String URL = "LESSON_SPEECH_URL";
    static final String MODEL = "LESSON_SPEECH_MODEL";

    private final Map<String, String> environment;
    /** Made on the first sentence spoken: building it sets up TLS, which a render from the cache never needs. */
    private HttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    public HttpSpeechEngine(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public Optional<String> problem() {
        String key = environment.get(KEY);
        if (key == null || key.isBlank()) {
            return Optional.of("the speech service needs a key: set the environment variable " + KEY
                    + " (and " + URL + " for a service other than api.openai.com)");
        }
        return Optional.empty();
    }

    private String base() {
        String url = environment.getOrDefault(URL, "https://api.openai.com");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public void speak(String text, String voice, double rate, Path out) throws IOException, InterruptedException {
        Map<String, Object> asked = new java.util.LinkedHashMap<>(Map.of("model", environment.getOrDefault(MODEL, "tts-1"),
                "input", text, "voice", voice, "response_format", "wav"));
        if (rate != 1) {
            asked.put("speed", rate);
        }
        String body = json.writeValueAsString(asked);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + "/v1/audio/speech"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + environment.get(KEY))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<byte[]> response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("the speech service answered " + response.statusCode());
        }
        byte[] audio = response.body();
        if (audio.length < 12 || audio[0] != 'R' || audio[1] != 'I' || audio[2] != 'F' || audio[3] != 'F') {
            throw new IOException("the speech service did not answer with WAV audio");
        }
        java.nio.file.Files.write(out, audio);
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        }
        return client;
    }

    @Override
    public String defaultVoice(String language) {
        return "alloy";
    }
}
