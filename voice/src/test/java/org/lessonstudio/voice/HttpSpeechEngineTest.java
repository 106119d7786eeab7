package org.lessonstudio.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The speech service is asked the OpenAI way, with the key from the environment and nowhere else. */
class HttpSpeechEngineTest {

    private static final String SECRET = "sk-test-not-a-real-key-42";

    private HttpServer server;
    private final List<String> requests = new ArrayList<>();
    private volatile int status = 200;
    private final byte[] audio = TestWav.silence(0.5);

    @BeforeEach
    void startFakeService() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + "\n"
                    + exchange.getRequestHeaders().getFirst("Authorization") + "\n" + body);
            byte[] answer = status == 200 ? audio : ("{\"error\": \"bad key " + SECRET + "\"}").getBytes();
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopFakeService() {
        server.stop(0);
    }

    private HttpSpeechEngine engine() {
        return new HttpSpeechEngine(Map.of(HttpSpeechEngine.KEY, SECRET,
                HttpSpeechEngine.URL, "http://127.0.0.1:" + server.getAddress().getPort() + "/",
                HttpSpeechEngine.MODEL, "tts-test"));
    }

    @Test
    void aSentenceIsPostedWithTheKeyAndTheAnswerIsTheWav(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("hello.wav");
        engine().speak("Hello, class.", "nova", 1, out);

        assertArrayEquals(audio, Files.readAllBytes(out));
        assertEquals(0.5, Wav.seconds(out), 1e-3);
        assertEquals(1, requests.size());
        String[] request = requests.get(0).split("\n", 3);
        assertEquals("POST /v1/audio/speech", request[0]);
        assertEquals("Bearer " + SECRET, request[1]);
        JsonNode body = new ObjectMapper().readTree(request[2]);
        assertEquals("Hello, class.", body.get("input").asText());
        assertEquals("nova", body.get("voice").asText());
        assertEquals("tts-test", body.get("model").asText());
        assertEquals("wav", body.get("response_format").asText());
        assertFalse(body.has("speed"), "at the lesson's own pace the service's own speed is kept");
    }

    @Test
    void aSpeakingRateIsAskedAsTheServicesSpeed(@TempDir Path folder) throws Exception {
        engine().speak("Hello, class.", "nova", 0.9, folder.resolve("slow.wav"));
        JsonNode body = new ObjectMapper().readTree(requests.get(0).split("\n", 3)[2]);
        assertEquals(0.9, body.get("speed").asDouble(), 1e-9);
    }

    @Test
    void aRefusalIsReportedPlainlyAndNeverRepeatsTheKey(@TempDir Path folder) {
        status = 401;
        Path out = folder.resolve("hello.wav");
        IOException refused = assertThrows(IOException.class, () -> engine().speak("Hello.", "nova", 1, out));
        assertEquals("the speech service answered 401", refused.getMessage());
        assertFalse(Files.exists(out), "nothing is written when the service refuses");
    }

    @Test
    void withoutAKeyTheEngineSaysWhichVariableToSet() {
        String problem = new HttpSpeechEngine(Map.of()).problem().orElseThrow();
        assertTrue(problem.contains("LESSON_SPEECH_KEY"), problem);
        assertTrue(engine().problem().isEmpty());
    }
}
