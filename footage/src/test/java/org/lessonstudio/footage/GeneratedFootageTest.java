package org.lessonstudio.footage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.footage.FakeService.Reply;

/**
 * The Runway and Veo clients against fake services on 127.0.0.1: success, throttling, slow and
 * failing answers, malformed bodies, expired addresses, the budget. Whatever happens, the cache
 * holds only whole clips, and the key is never in a message or a file.
 */
class GeneratedFootageTest {

    private static final String KEY = "sk-test-7f3a9c-secret";
    private static final ShotRequest SHOT = ShotRequest.of("A Ferris wheel at dusk",
            "A Ferris wheel at dusk. No text or logos in frame.", 3.5, 1920, 1080, 30);
    private static byte[] video;

    @TempDir
    Path cacheFolder;
    private FakeService service;
    /** Another host: a storage service, or wherever a misbehaving service redirects to. */
    private FakeService other;
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();

    @BeforeAll
    static void aRealClip(@TempDir Path folder) throws Exception {
        ProceduralProvider procedural = new ProceduralProvider(new ClipCache(folder));
        Clip clip = procedural.clip(ShotRequest.of("waves at dusk", "waves at dusk", 1, 64, 36, 10)).orElseThrow();
        video = Files.readAllBytes(clip.file());
    }

    @BeforeEach
    void start() throws IOException {
        service = new FakeService();
        other = new FakeService();
    }

    @AfterEach
    void stop() throws IOException {
        service.close();
        other.close();
        // whatever happened: no half-made clip, and no key (nor eight characters of it) anywhere in the cache
        try (Stream<Path> files = Files.walk(cacheFolder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(file.getFileName().toString().startsWith(".partial"), "left behind: " + file);
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(leaks(text), "the key was written into " + file + ": " + text);
            }
        }
        for (String message : messages) {
            assertFalse(leaks(message), "the key is in a message: " + message);
        }
        // nor sent to any other host
        for (FakeService.Request request : other.requests()) {
            assertFalse(leaks(request.headers().toString() + request.path() + request.body()),
                    "the key went to another host: " + request);
        }
    }

    /** Whether a text holds the key, or any eight characters of it in a row, in any case. */
    private static boolean leaks(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        String key = KEY.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i + 8 <= key.length(); i++) {
            if (lower.contains(key.substring(i, i + 8))) {
                return true;
            }
        }
        return false;
    }

    private GeneratedFootage runway(double budget, Duration timeout, int retries) {
        ServiceCalls calls = new ServiceCalls(waits::add, new Random(1), retries, timeout, KEY);
        return new GeneratedFootage(new RunwayService(service.base(), KEY, "gen4.5"), new ClipCache(cacheFolder),
                new FootageBudget(budget), calls, Duration.ofMinutes(10));
    }

    private GeneratedFootage runway() {
        return runway(60, Duration.ofSeconds(5), 2);
    }

    private GeneratedFootage veo() {
        ServiceCalls calls = new ServiceCalls(waits::add, new Random(1), 2, Duration.ofSeconds(5), KEY);
        return new GeneratedFootage(new VeoService(service.base().resolve("/v1beta/"), KEY, "veo-3.1-generate-preview"),
                new ClipCache(cacheFolder), new FootageBudget(60), calls, Duration.ofMinutes(10));
    }

    private String output() {
        return "{\"id\":\"task-1\",\"status\":\"SUCCEEDED\",\"output\":[\"" + service.base() + "/files/clip.mp4\"]}";
    }

    private FootageException fails(GeneratedFootage provider) {
        FootageException e = assertThrows(FootageException.class, () -> provider.clip(SHOT));
        messages.add(e.getMessage());
        return e;
    }

    private long cachedClips() throws IOException {
        try (Stream<Path> files = Files.list(cacheFolder)) {
            return files.filter(f -> f.toString().endsWith(".mp4")).count();
        }
    }

    @Test
    void runwayMakesTheClipPollingUntilItSucceedsAndKeepsIt() throws Exception {
        service.on("/v1/text_to_video", Reply.json("{\"id\":\"task-1\"}"))
                .on("/v1/tasks/task-1", Reply.json("{\"id\":\"task-1\",\"status\":\"PENDING\"}"),
                        Reply.json("{\"id\":\"task-1\",\"status\":\"RUNNING\",\"progress\":0.5}"),
                        Reply.json(output()))
                .on("/files/clip.mp4", Reply.file(video));
        Clip clip = runway().clip(SHOT).orElseThrow();

        assertEquals("runway", clip.provider().id());
        assertEquals("gen4.5", clip.model());
        assertEquals("task-1", clip.jobId());
        assertEquals(SHOT.prompt(), clip.prompt());
        assertEquals(ClipCache.sha256(clip.file()), clip.sha256());
        assertTrue(clip.file().startsWith(cacheFolder));
        FakeService.Request create = service.requests().get(0);
        assertEquals("POST", create.method());
        assertEquals("Bearer " + KEY, create.header("Authorization"));
        assertEquals(RunwayService.VERSION, create.header("X-Runway-Version"));
        assertTrue(create.body().contains("\"promptText\":\"A Ferris wheel at dusk. No text or logos in frame.\""));
        assertTrue(create.body().contains("\"ratio\":\"1280:720\""), create.body());
        assertTrue(create.body().contains("\"duration\":4"), "the shortest length that covers 3.5 s");
        assertEquals(2, waits.size(), "waited twice between three polls");
        assertTrue(waits.get(1).compareTo(waits.get(0)) > 0 || waits.get(1).toMillis() > 4000, "waits grow");
        assertEquals(null, service.requests().get(4).header("Authorization"), "the key stays with the API");

        int asked = service.requests().size();
        assertEquals(clip.file(), runway().clip(SHOT).orElseThrow().file(), "the second time, from the cache");
        assertEquals(asked, service.requests().size(), "nothing sent the second time");
    }

    @Test
    void throttledThenSuccessfulRequestsAreRetried() throws Exception {
        service.on("/v1/text_to_video", Reply.status(429, "{}").with("Retry-After", "3"), Reply.status(503, ""),
                        Reply.json("{\"id\":\"task-1\"}"))
                .on("/v1/tasks/task-1", Reply.json("{\"status\":\"THROTTLED\"}"), Reply.json(output()))
                .on("/files/clip.mp4", Reply.file(video));
        Clip clip = runway(60, Duration.ofSeconds(5), 3).clip(SHOT).orElseThrow();
        assertEquals("task-1", clip.jobId());
        assertEquals(Duration.ofSeconds(3), waits.get(0), "Retry-After is honoured");
        assertEquals(1, cachedClips());
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsGivenUpOn() throws Exception {
        service.on("/v1/text_to_video", Reply.json("{\"id\":\"task-1\"}").after(3000));
        FootageException e = fails(runway(60, Duration.ofMillis(300), 1));
        assertEquals("runway did not answer within 300 ms 2 times; gave up", e.getMessage());
        assertEquals(0, cachedClips());
    }

    @Test
    void serverErrorsPastTheRetryLimitFailAndGiveTheBudgetBack() throws Exception {
        service.on("/v1/text_to_video", Reply.status(500, "oops"));
        GeneratedFootage provider = runway(4, Duration.ofSeconds(5), 2);
        FootageException e = fails(provider);
        assertEquals("runway failed (HTTP 500) 3 times; gave up", e.getMessage());
        assertEquals(3, service.requests().size());
        // the budget was given back: a second attempt may spend it
        service.on("/v1/text_to_video", Reply.status(500, "oops"));
        assertTrue(fails(provider).getMessage().contains("HTTP 500"), "not refused by the budget");
    }

    @Test
    void malformedAnswersAreReportedPlainly() throws Exception {
        service.on("/v1/text_to_video", Reply.json("{\"id\": task-1"));
        assertEquals("runway answered with something that is not JSON", fails(runway()).getMessage());
        service.on("/v1/text_to_video", Reply.json("{\"id\":\"task-2\"}"))
                .on("/v1/tasks/task-2", Reply.json("{\"status\":\"DREAMING\"}"));
        assertEquals("runway answered with a task status Lesson Studio does not know: `DREAMING`",
                fails(runway()).getMessage());
        assertEquals(0, cachedClips());
    }

    @Test
    void anExpiredOutputAddressIsSaidSoAndNothingIsKept() throws Exception {
        service.on("/v1/text_to_video", Reply.json("{\"id\":\"task-1\"}"))
                .on("/v1/tasks/task-1", Reply.json(output()))
                .on("/files/clip.mp4", Reply.status(403, "<Error>Request has expired</Error>"));
        assertEquals("runway's clip could no longer be downloaded (HTTP 403): its address has expired; render again"
                + " to make it anew", fails(runway()).getMessage());
        assertEquals(0, cachedClips());
    }

    @Test
    void aDownloadThatIsNotAVideoIsNotKept() throws Exception {
        service.on("/v1/text_to_video", Reply.json("{\"id\":\"task-1\"}"))
                .on("/v1/tasks/task-1", Reply.json(output()))
                .on("/files/clip.mp4", Reply.json("<html>maintenance</html>"));
        assertTrue(fails(runway()).getMessage().contains("the download is not a video"));
        assertEquals(0, cachedClips());
    }

    @Test
    void aFailedTaskSaysWhy() throws Exception {
        service.on("/v1/text_to_video", Reply.json("{\"id\":\"task-1\"}"))
                .on("/v1/tasks/task-1", Reply.json("{\"status\":\"FAILED\",\"failure\":\"internal error\"}"));
        assertEquals("runway could not make the clip: failed: internal error", fails(runway()).getMessage());
    }

    @Test
    void aPromptRefusedForItsContentIsRememberedAndNotSentAgain() throws Exception {
        service.on("/v1/text_to_video", Reply.json("{\"id\":\"task-1\"}"))
                .on("/v1/tasks/task-1", Reply.json("{\"status\":\"FAILED\",\"failure\":\"Your prompt was flagged by"
                        + " our content moderation\",\"failureCode\":\"SAFETY.INPUT.TEXT\"}"));
        ContentRefused first = assertThrows(ContentRefused.class, () -> runway().clip(SHOT));
        assertEquals("Your prompt was flagged by our content moderation (SAFETY.INPUT.TEXT)", first.reason());
        assertFalse(first.remembered());
        int sent = service.requests().size();
        ContentRefused again = assertThrows(ContentRefused.class, () -> runway().clip(SHOT));
        assertTrue(again.remembered());
        assertEquals(first.reason(), again.reason());
        assertEquals(sent, service.requests().size(), "nothing is sent for a prompt refused before");
        assertEquals(0, cachedClips());
    }

    @Test
    void aRefusalStopsTheShotInsteadOfPassingItOn() throws Exception {
        service.on("/v1/text_to_video", Reply.json("{\"id\":\"task-1\"}"))
                .on("/v1/tasks/task-1", Reply.json("{\"status\":\"FAILED\",\"failure\":\"content policy\"}"));
        FootageChooser chooser = new FootageChooser(java.util.Map.of("runway", runway(), "procedural",
                new ProceduralProvider(new ClipCache(cacheFolder))), List.of("runway", "procedural"), false);
        ScenePrompt shot = new ScenePrompt("One", 1, 5, SHOT.description(), 4, "full", "", SHOT.prompt());
        ContentRefused refused = assertThrows(ContentRefused.class, () -> chooser.make(shot, SHOT));
        assertEquals("runway", refused.provider());
    }

    @Test
    void veoFilteringAVideoIsARefusal() throws Exception {
        service.on("/v1beta/models/veo-3.1-generate-preview:predictLongRunning",
                        Reply.json("{\"name\":\"operations/op-9\"}"))
                .on("/v1beta/operations/op-9", Reply.json("{\"done\":true,\"response\":{\"generateVideoResponse\":"
                        + "{\"raiMediaFilteredCount\":1,\"raiMediaFilteredReasons\":[\"The prompt violates our usage"
                        + " policies.\"]}}}"));
        ContentRefused refused = assertThrows(ContentRefused.class, () -> veo().clip(SHOT));
        assertEquals("The prompt violates our usage policies.", refused.reason());
    }

    @Test
    void nothingIsSentPastTheBudgetOrForAShotTheModelCannotMake() throws Exception {
        assertTrue(fails(runway(3, Duration.ofSeconds(5), 2)).getMessage()
                .startsWith("this 4 s clip would pass the render's footage budget (0 s of 3 s used"));
        GeneratedFootage runway = runway();
        FootageException tooLong = assertThrows(FootageException.class, () -> runway.clip(
                ShotRequest.of("a", "a", 12, 1920, 1080, 30)));
        assertEquals("runway's gen4.5 makes clips of at most 10 s; this shot is 12.0 s (shorten it, or split it into"
                + " two shots)", tooLong.getMessage());
        FootageException square = assertThrows(FootageException.class, () -> runway.clip(
                ShotRequest.of("a", "a", 4, 1080, 1080, 30)));
        assertTrue(square.getMessage().startsWith("runway's gen4.5 makes 16:9 or 9:16 video; this lesson is 1080x1080"));
        assertEquals(List.of(), service.requests(), "nothing was sent");
    }

    @Test
    void aBudgetThatIsNotSecondsCannotBeMade() {
        for (double seconds : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -1}) {
            assertThrows(IllegalArgumentException.class, () -> new FootageBudget(seconds), "budget " + seconds);
        }
    }

    @Test
    void withoutAKeyNothingIsSent() throws Exception {
        ServiceCalls calls = new ServiceCalls(waits::add, new Random(1), 2, Duration.ofSeconds(5), null);
        GeneratedFootage keyless = new GeneratedFootage(new RunwayService(service.base(), null, "gen4.5"),
                new ClipCache(cacheFolder), new FootageBudget(60), calls, Duration.ofMinutes(10));
        assertEquals("runway needs a key: set RUNWAYML_API_SECRET in the environment (nothing was sent)",
                fails(keyless).getMessage());
        assertEquals(List.of(), service.requests());
    }

    @Test
    void aKeyEchoedByTheServiceIsScrubbed() throws Exception {
        service.on("/v1/text_to_video", Reply.status(401, "{\"error\":\"bad key " + KEY + "\"}"));
        assertEquals("runway refused the request (HTTP 401): {\"error\":\"bad key ***\"}", fails(runway()).getMessage());
    }

    @Test
    void veoRunsALongOperationAndFetchesTheVideoWithItsKey() throws Exception {
        String model = "/v1beta/models/veo-3.1-generate-preview:predictLongRunning";
        service.on(model, Reply.json("{\"name\":\"operations/op-7\"}"))
                .on("/v1beta/operations/op-7", Reply.json("{\"name\":\"operations/op-7\",\"done\":false}"),
                        Reply.json("{\"done\":true,\"response\":{\"generateVideoResponse\":{\"generatedSamples\":"
                                + "[{\"video\":{\"uri\":\"" + service.base() + "/v1beta/files/v1:download\"}}]}}}"))
                .on("/v1beta/files/v1:download", Reply.file(video));
        Clip clip = veo().clip(SHOT).orElseThrow();
        assertEquals("veo", clip.provider().id());
        assertEquals("operations/op-7", clip.jobId());
        FakeService.Request create = service.requests().get(0);
        assertEquals(KEY, create.header("x-goog-api-key"));
        assertTrue(create.body().contains("\"aspectRatio\":\"16:9\""), create.body());
        assertTrue(create.body().contains("\"durationSeconds\":4"), create.body());
        assertEquals(KEY, service.requests().get(3).header("x-goog-api-key"), "the download needs the key");
    }

    @Test
    void veoSaysWhyAnOperationFailed() throws Exception {
        service.on("/v1beta/models/veo-3.1-generate-preview:predictLongRunning",
                        Reply.json("{\"name\":\"operations/op-8\"}"))
                .on("/v1beta/operations/op-8", Reply.json("{\"done\":true,\"error\":{\"code\":3,"
                        + "\"message\":\"The prompt could not be processed.\"}}"));
        assertEquals("veo could not make the clip: The prompt could not be processed.", fails(veo()).getMessage());
        assertEquals(0, cachedClips());
    }

    // Keys: whatever a service answers, its key is never printed, stored, or sent anywhere else.

    private FootageException failsWith(GeneratedFootage provider, String message) {
        FootageException e = fails(provider);
        assertEquals(message, e.getMessage());
        return e;
    }

    @Test
    void aLongErrorBodyIsScrubbedBeforeItIsCut() throws Exception {
        String padding = "x".repeat(178);
        service.on("/v1/text_to_video", Reply.status(401, "{\"error\":\"" + padding + " " + KEY + " is not valid\"}"));
        String message = fails(runway()).getMessage();
        assertEquals("runway refused the request (HTTP 401): {\"error\":\"" + padding + " *** is not …", message);
    }

    @Test
    void aKeyEchoedInEscapesIsScrubbedOnceTheEscapesAreUndone() throws Exception {
        StringBuilder json = new StringBuilder();
        StringBuilder percent = new StringBuilder();
        StringBuilder html = new StringBuilder();
        for (char c : KEY.toCharArray()) {
            json.append(String.format("\\u%04x", (int) c));
            percent.append(String.format("%%%02X", (int) c));
            html.append("&#").append((int) c).append(';');
        }
        for (String echoed : new String[] {json.toString(), percent.toString(), html.toString(),
                json.toString().replace("\\", "\\\\")}) {
            service.on("/v1/text_to_video", Reply.status(401, "{\"error\":\"Invalid API key: " + echoed + "\"}"));
            String message = fails(runway()).getMessage();
            assertEquals("runway refused the request (HTTP 401): {\"error\":\"Invalid API key: ***\"}", message);
        }
    }

    @Test
    void partOfTheKeyEchoedByAServiceIsScrubbedToo() throws Exception {
        service.on("/v1/text_to_video", Reply.status(401, "{\"error\":\"no such key: "
                + KEY.substring(0, 14).toUpperCase(java.util.Locale.ROOT) + "...\"}"));
        assertEquals("runway refused the request (HTTP 401): {\"error\":\"no such key: ***...\"}",
                fails(runway()).getMessage());
    }

    @Test
    void aStatusLessonStudioDoesNotKnowIsNotEchoedWithTheKey() throws Exception {
        service.on("/v1/text_to_video", Reply.json("{\"id\":\"task-1\"}"))
                .on("/v1/tasks/task-1", Reply.json("{\"status\":\"WEIRD-" + KEY + "\"}"));
        assertEquals("runway answered with a task status Lesson Studio does not know: `WEIRD-***`",
                fails(runway()).getMessage());
    }

    @Test
    void aFailureReasonWithTheKeyIsScrubbedAndShort() throws Exception {
        service.on("/v1/text_to_video", Reply.json("{\"id\":\"task-1\"}"))
                .on("/v1/tasks/task-1", Reply.json("{\"status\":\"FAILED\",\"failure\":\"" + "y".repeat(300)
                        + KEY + "\"}"));
        String message = fails(runway()).getMessage();
        assertTrue(message.startsWith("runway could not make the clip: failed: yyy"), message);
        assertTrue(message.length() < 260, message);
    }

    @Test
    void aJobIdThatHoldsTheKeyIsRefusedAndNeverStored() throws Exception {
        String job = "task-" + KEY;
        service.on("/v1/text_to_video", Reply.json("{\"id\":\"" + job + "\"}"))
                .on("/v1/tasks/" + job, Reply.json(output()))
                .on("/files/clip.mp4", Reply.file(video));
        failsWith(runway(), "runway gave a task id Lesson Studio does not accept (it must be 1 to 128 letters, digits"
                + " or . _ : / - and hold no part of the key); the clip was not fetched");
        assertEquals(1, service.requests().size(), "the id was not followed");
        assertEquals(0, cachedClips());
    }

    @Test
    void aJobIdOfAnyOtherShapeIsRefused() throws Exception {
        for (String job : List.of("task 1", "a\\u0000b", "x".repeat(129), "../../etc", "<script>")) {
            service.on("/v1/text_to_video", Reply.json("{\"id\":\"" + job + "\"}"));
            assertTrue(fails(runway()).getMessage().startsWith("runway gave a task id Lesson Studio does not accept"),
                    job);
        }
        String model = "/v1beta/models/veo-3.1-generate-preview:predictLongRunning";
        service.on(model, Reply.json("{\"name\":\"operations/" + KEY + "\"}"));
        assertTrue(fails(veo()).getMessage().startsWith("veo gave an operation name Lesson Studio does not accept"));
        service.on(model, Reply.json("{\"name\":\"http://elsewhere/op\"}"));
        assertTrue(fails(veo()).getMessage().startsWith("veo gave an operation name Lesson Studio does not accept"));
        assertEquals(0, cachedClips());
    }

    @Test
    void aRedirectToAnotherHostIsFollowedWithoutTheKey() throws Exception {
        service.on("/v1/text_to_video", Reply.status(307, "").with("Location", other.base() + "/v1/text_to_video"));
        other.on("/v1/text_to_video", Reply.status(401, "{\"error\":\"no key\"}"));
        assertEquals("runway refused the request (HTTP 401): {\"error\":\"no key\"}", fails(runway()).getMessage());
        assertEquals(1, other.requests().size(), "the redirect was followed");
        assertEquals(null, other.requests().get(0).header("Authorization"));
        assertEquals("POST", other.requests().get(0).method(), "a 307 keeps its method");
    }

    @Test
    void veoFollowsARedirectOnItsOwnHostWithTheKeyAndToStorageWithout() throws Exception {
        String model = "/v1beta/models/veo-3.1-generate-preview:predictLongRunning";
        service.on(model, Reply.status(308, "").with("Location", "/v1beta/models/moved:predictLongRunning"))
                .on("/v1beta/models/moved:predictLongRunning", Reply.json("{\"name\":\"operations/op-9\"}"))
                .on("/v1beta/operations/op-9", Reply.json("{\"done\":true,\"response\":{\"generateVideoResponse\":"
                        + "{\"generatedSamples\":[{\"video\":{\"uri\":\"" + service.base()
                        + "/v1beta/files/v9:download\"}}]}}}"))
                .on("/v1beta/files/v9:download", Reply.status(302, "").with("Location",
                        other.base() + "/signed/v9.mp4?sig=abc"));
        other.on("/signed/v9.mp4", Reply.file(video));
        Clip clip = veo().clip(SHOT).orElseThrow();
        assertEquals("operations/op-9", clip.jobId());
        assertEquals(KEY, service.requests().get(1).header("x-goog-api-key"), "the same host keeps the key");
        assertEquals(KEY, service.requests().get(3).header("x-goog-api-key"));
        assertEquals(1, other.requests().size());
        assertEquals(null, other.requests().get(0).header("x-goog-api-key"), "storage is fetched without it");
    }

    @Test
    void redirectsGoingRoundInCirclesAreGivenUpOn() throws Exception {
        service.on("/v1/text_to_video", Reply.status(302, "").with("Location", "/v1/elsewhere"))
                .on("/v1/elsewhere", Reply.status(302, "").with("Location", "/v1/text_to_video"));
        failsWith(runway(), "runway redirected more than 5 times; gave up");
        service.on("/v1/text_to_video", Reply.status(302, "").with("Location", "file:///etc/passwd"));
        failsWith(runway(), "runway redirected to an address Lesson Studio does not follow");
    }

    @Test
    void aKeyWithALineBreakIsRefusedBeforeAnythingIsSentAndNotPrinted() throws Exception {
        ServiceCalls calls = new ServiceCalls(waits::add, new Random(1), 2, Duration.ofSeconds(5), KEY + "\r\n");
        GeneratedFootage broken = new GeneratedFootage(new RunwayService(service.base(), KEY + "\r\nX: y", "gen4.5"),
                new ClipCache(cacheFolder), new FootageBudget(60), calls, Duration.ofMinutes(10));
        failsWith(broken, "runway's key in RUNWAYML_API_SECRET has a space, a line break or another character a key"
                + " cannot have; nothing was sent");
        assertEquals(List.of(), service.requests());
    }

    @Test
    void aVideoAddressThatIsNotAnAddressIsSaidPlainly() throws Exception {
        service.on("/v1/text_to_video", Reply.json("{\"id\":\"task-1\"}"))
                .on("/v1/tasks/task-1", Reply.json("{\"status\":\"SUCCEEDED\",\"output\":[\"http://x/ " + KEY + "\"]}"));
        failsWith(runway(), "runway listed a video address Lesson Studio cannot use");
        service.on("/v1/tasks/task-1", Reply.json("{\"status\":\"SUCCEEDED\",\"output\":[\"file:///etc/passwd\"]}"));
        failsWith(runway(), "runway listed a video address Lesson Studio cannot use");
    }
}
