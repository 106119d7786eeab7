package org.lessonstudio.footage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.footage.safety.Level;
import org.lessonstudio.footage.safety.Moderator;
import org.lessonstudio.footage.safety.ModeratorSettings;
import org.lessonstudio.footage.safety.ModeratorUnavailable;
import org.lessonstudio.footage.safety.PromptGate;
import org.lessonstudio.footage.safety.SafetyCheck;
import org.lessonstudio.footage.safety.Verdict;

/** A school's moderator, played by a fake service on 127.0.0.1: flags, allows, fails closed, keeps its key. */
class ModeratorTest {

    private static final String KEY = "sk-school-0123456789abcdef";

    private static Moderator moderator(FakeService service, ModeratorSettings.Kind kind, Path cache) {
        ModeratorSettings settings = new ModeratorSettings(kind, service.base(),
                kind == ModeratorSettings.Kind.MODERATIONS ? "omni-moderation-latest" : "llama-guard3", KEY,
                Duration.ofMillis(500), cache);
        return new Moderator(settings, new ServiceCalls(d -> { }, new Random(1), 2, Duration.ofMillis(500), KEY));
    }

    private static String moderation(boolean flagged, String... categories) {
        StringBuilder json = new StringBuilder("{\"id\":\"modr-1\",\"results\":[{\"flagged\":" + flagged
                + ",\"categories\":{\"sexual\":false");
        for (String c : categories) {
            json.append(",\"").append(c).append("\":true");
        }
        return json.append("},\"category_scores\":{}}]}").toString();
    }

    private static String chat(String content) {
        return "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"" + content + "\"}}]}";
    }

    @Test
    void aModerationEndpointFlagsAndItsCategoriesBecomeOurs(@TempDir Path cache) throws Exception {
        try (FakeService service = new FakeService()) {
            service.on("/v1/moderations", FakeService.Reply.json(moderation(true, "self-harm/intent", "violence/graphic")));
            Moderator.Answer answer = moderator(service, ModeratorSettings.Kind.MODERATIONS, cache)
                    .ask("A quiet river at dawn");
            assertEquals(List.of("self-harm", "graphic-injury"), answer.categories());
            assertEquals(List.of("self-harm/intent", "violence/graphic"), answer.said());
            FakeService.Request sent = service.requests().get(0);
            assertEquals("Bearer " + KEY, sent.header("Authorization"));
            assertTrue(sent.body().contains("\"input\":\"A quiet river at dawn\""), sent.body());
            assertTrue(sent.body().contains("\"model\":\"omni-moderation-latest\""), sent.body());
        }
    }

    @Test
    void anAnswerIsKeptByThePromptSoItIsAskedOnce(@TempDir Path cache) throws Exception {
        try (FakeService service = new FakeService()) {
            service.on("/v1/moderations", FakeService.Reply.json(moderation(false)));
            assertFalse(moderator(service, ModeratorSettings.Kind.MODERATIONS, cache).ask("A river").flagged());
            assertFalse(moderator(service, ModeratorSettings.Kind.MODERATIONS, cache).ask("A river").flagged());
            assertEquals(1, service.requests().size());
            moderator(service, ModeratorSettings.Kind.MODERATIONS, cache).ask("A lake");
            assertEquals(2, service.requests().size(), "another prompt is another question");
        }
    }

    @Test
    void aGuardModelAnswersSafeOrUnsafeWithItsHazardCodes(@TempDir Path cache) throws Exception {
        try (FakeService service = new FakeService()) {
            service.on("/v1/chat/completions", FakeService.Reply.json(chat("unsafe\\nS11,S1")),
                    FakeService.Reply.json(chat("safe")));
            Moderator guard = moderator(service, ModeratorSettings.Kind.GUARD, cache);
            assertEquals(List.of("self-harm", "violence"), guard.ask("one").categories());
            assertFalse(guard.ask("two").flagged());
            assertTrue(service.requests().get(0).body().contains("\"role\":\"user\""));
        }
    }

    @Test
    void busyAndFailingAnswersAreTriedAgainThenFailClosed(@TempDir Path cache) throws Exception {
        try (FakeService service = new FakeService()) {
            service.on("/v1/moderations", FakeService.Reply.status(429, "slow down"),
                    FakeService.Reply.json(moderation(false)));
            assertFalse(moderator(service, ModeratorSettings.Kind.MODERATIONS, cache).ask("A").flagged());
            service.on("/v1/moderations", FakeService.Reply.status(503, "down"));
            ModeratorUnavailable down = assertThrows(ModeratorUnavailable.class,
                    () -> moderator(service, ModeratorSettings.Kind.MODERATIONS, cache).ask("B"));
            assertTrue(down.getMessage().contains("failed (HTTP 503) 3 times"), down.getMessage());
        }
    }

    @Test
    void aModeratorThatIsTooSlowOrGoneFailsClosed(@TempDir Path cache) throws Exception {
        try (FakeService service = new FakeService()) {
            service.on("/v1/moderations", FakeService.Reply.json(moderation(false)).after(2000));
            ModeratorUnavailable slow = assertThrows(ModeratorUnavailable.class,
                    () -> moderator(service, ModeratorSettings.Kind.MODERATIONS, cache).ask("A"));
            assertTrue(slow.getMessage().contains("did not answer within 500 ms"), slow.getMessage());
        }
        FakeService gone = new FakeService();
        URI address = gone.base();
        gone.close();
        ModeratorSettings settings = new ModeratorSettings(ModeratorSettings.Kind.MODERATIONS, address, "m", null,
                Duration.ofMillis(500), cache);
        ModeratorUnavailable unreachable = assertThrows(ModeratorUnavailable.class, () -> new Moderator(settings,
                new ServiceCalls(d -> { }, new Random(1), 1, Duration.ofMillis(500), null)).ask("A"));
        assertTrue(unreachable.getMessage().contains("could not be reached"), unreachable.getMessage());
    }

    @Test
    void answersThatCannotBeReadFailClosed(@TempDir Path cache) throws Exception {
        try (FakeService service = new FakeService()) {
            service.on("/v1/moderations", FakeService.Reply.json("{\"results\":[]}"));
            assertThrows(ModeratorUnavailable.class,
                    () -> moderator(service, ModeratorSettings.Kind.MODERATIONS, cache).ask("A"));
            service.on("/v1/moderations", FakeService.Reply.json("not json"));
            assertThrows(ModeratorUnavailable.class,
                    () -> moderator(service, ModeratorSettings.Kind.MODERATIONS, cache).ask("B"));
            service.on("/v1/chat/completions", FakeService.Reply.json(chat("I think it is probably fine")));
            ModeratorUnavailable unsure = assertThrows(ModeratorUnavailable.class,
                    () -> moderator(service, ModeratorSettings.Kind.GUARD, cache).ask("C"));
            assertTrue(unsure.getMessage().contains("neither `safe` nor `unsafe`"), unsure.getMessage());
            service.on("/v1/moderations", FakeService.Reply.json(moderation(false)));
            assertFalse(moderator(service, ModeratorSettings.Kind.MODERATIONS, cache).ask("A").flagged(),
                    "a failed question is not kept");
        }
    }

    @Test
    void theKeyIsNeverEchoed(@TempDir Path cache) throws Exception {
        try (FakeService service = new FakeService()) {
            service.on("/v1/moderations", FakeService.Reply.status(401, "{\"error\":\"bad key " + KEY + " ("
                    + KEY.substring(3, 15).toUpperCase() + ")\"}"));
            ModeratorUnavailable refused = assertThrows(ModeratorUnavailable.class,
                    () -> moderator(service, ModeratorSettings.Kind.MODERATIONS, cache).ask("A"));
            assertTrue(refused.getMessage().contains("HTTP 401"), refused.getMessage());
            assertFalse(refused.getMessage().toLowerCase().contains(KEY.substring(3, 11).toLowerCase()),
                    refused.getMessage());
            assertFalse(new ModeratorSettings(ModeratorSettings.Kind.MODERATIONS, service.base(), "m", KEY,
                    Duration.ofSeconds(1), cache).toString().contains(KEY.substring(0, 8)));
        }
    }

    @Test
    void theGateAsksTheModeratorOnlyAboutWhatTheOfflineCheckAllows(@TempDir Path cache) throws Exception {
        try (FakeService service = new FakeService()) {
            service.on("/v1/moderations", FakeService.Reply.json(moderation(true, "hate")));
            PromptGate gate = new PromptGate(SafetyCheck.load(null),
                    Optional.of(moderator(service, ModeratorSettings.Kind.MODERATIONS, cache)));
            Verdict offline = gate.beforeSending(List.of(new PromptPiece(PromptPiece.Origin.LESSON,
                    "A man stabbing a woman in a dark alley")), Level.STANDARD);
            assertEquals("violence", offline.refusals().get(0).category().name());
            assertEquals(0, service.requests().size(), "nothing sent about a prompt already refused");
            Verdict flagged = gate.beforeSending(List.of(new PromptPiece(PromptPiece.Origin.LESSON,
                    "A quiet village square")), Level.STANDARD);
            assertEquals("hate", flagged.refusals().get(0).category().name());
            assertEquals("moderator (omni-moderation-latest)", flagged.refusals().get(0).rule());
        }
    }

    @Test
    void settingsComeFromTheEnvironment(@TempDir Path home) {
        assertEquals(Optional.empty(), ModeratorSettings.fromEnvironment(Map.of()));
        ModeratorSettings guard = ModeratorSettings.fromEnvironment(Map.of(ModeratorSettings.URL,
                "http://127.0.0.1:11434", ModeratorSettings.KIND, "guard", "XDG_CACHE_HOME", home.toString())).get();
        assertEquals(ModeratorSettings.Kind.GUARD, guard.kind());
        assertEquals("llama-guard3", guard.model());
        assertEquals(home.resolve("lesson-studio/moderation"), guard.cache());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () ->
                ModeratorSettings.fromEnvironment(Map.of(ModeratorSettings.URL, "ftp://x", ModeratorSettings.KIND, "x")));
        assertTrue(wrong.getMessage().contains("http or https"), wrong.getMessage());
    }
}
