package org.lessonstudio.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.Messages;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * The footage's messages, each shown by an annotated lesson in {@code src/test/resources/footage-diagnostics},
 * checked as every front end checks a lesson ({@link LessonChecks}) and, when the example sets up a
 * service ({@code # Service: runway refuses "…"}) or a school's moderator ({@code # Moderator: flags
 * violence}, {@code # Moderator: answers nonsense}), rendered as far as its footage: the services are
 * stand-ins on 127.0.0.1. Every message in the footage's own catalogue has an example.
 */
class FootageDiagnosticExamplesTest {

    @TempDir
    Path scratch;

    private static List<Path> examples() throws Exception {
        Path folder = Path.of(FootageDiagnosticExamplesTest.class.getResource("/footage-diagnostics").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList();
        }
    }

    /** A stand-in on 127.0.0.1 answering each path with one JSON body, keeping what it was asked. */
    private static final class StandIn implements AutoCloseable {
        final HttpServer server;
        final List<String> asked = Collections.synchronizedList(new ArrayList<>());

        StandIn(Map<String, String> answers) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            Map<String, String> bodies = new ConcurrentHashMap<>(answers);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                String path = exchange.getRequestURI().getPath();
                asked.add(exchange.getRequestMethod() + " " + path);
                byte[] body = bodies.getOrDefault(path, "{}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(bodies.containsKey(path) ? 200 : 404, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private static Optional<String> setting(Path file, String name) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> l.startsWith("# " + name + ": "))
                .map(l -> l.substring(name.length() + 4)).findFirst();
    }

    /** Each example's diagnostics, found once for both tests. */
    private static final Map<Path, List<Diagnostic>> REPORTED = new ConcurrentHashMap<>();

    private List<Diagnostic> run(Path file) throws Exception {
        List<Diagnostic> known = REPORTED.get(file);
        if (known == null) {
            known = List.copyOf(report(file));
            REPORTED.put(file, known);
        }
        return known;
    }

    /** What the example reports: its checks' diagnostics, then (when it sets up a service) its render's. */
    private List<Diagnostic> report(Path file) throws Exception {
        Path own = Files.createDirectories(scratch.resolve(file.getFileName().toString()));
        Env env = TestEnv.ENV.with("LESSON_FOOTAGE_CACHE", own.resolve("footage").toString())
                .with("XDG_CACHE_HOME", own.resolve("cache").toString())
                .with("XDG_CONFIG_HOME", own.resolve("config").toString())
                .with("RUNWAYML_API_SECRET", "example-key").with("GEMINI_API_KEY", "example-key");
        Optional<String> service = setting(file, "Service");
        Optional<String> moderator = setting(file, "Moderator");
        try (StandIn runway = new StandIn(Map.of("/v1/text_to_video", "{\"id\":\"task-1\"}", "/v1/tasks/task-1",
                "{\"status\":\"FAILED\",\"failure\":" + quoted(service.orElse("refuses \"\"")) + "}"));
             StandIn school = new StandIn(Map.of("/v1/moderations", moderator.orElse("").equals("answers nonsense")
                     ? "{\"results\":[\"what?\"]}"
                     : "{\"id\":\"modr-1\",\"results\":[{\"flagged\":true,\"categories\":{\"violence\":true},"
                     + "\"category_scores\":{}}]}"))) {
            env = env.with("LESSON_RUNWAY_URL", runway.base());
            if (moderator.isPresent()) {
                env = env.with("LESSON_MODERATOR_URL", school.base()).with("LESSON_MODERATOR_KIND", "moderations");
            }
            CheckedLesson checked = LessonChecks.check(SourceFile.read(file), env);
            List<Diagnostic> found = new ArrayList<>(checked.diagnostics());
            if (service.isPresent() || moderator.isPresent()) {
                assertTrue(checked.ok(), "the example passes its checks, so its render is tried");
                try (LessonFootage footage = LessonFootage.make(checked.timeline().orElseThrow(),
                        checked.lesson().orElseThrow().video(), RenderSettings.Footage.DEFAULT, env, null)) {
                    // made: nothing to report
                } catch (LessonFootage.Missing missing) {
                    found.addAll(missing.mistakes);
                }
                if (moderator.isPresent()) {
                    assertEquals(List.of(), runway.asked, "nothing is sent to the video service before the moderator"
                            + " has allowed it");
                }
            }
            return found;
        }
    }

    private static String quoted(String refuses) {
        String reason = refuses.substring(refuses.indexOf('"') + 1, refuses.lastIndexOf('"'));
        return "\"" + reason.replace("\"", "\\\"") + "\"";
    }

    /** A stand-in's address, whose port changes from run to run, written as the examples write it. */
    private static String anyPort(String text) {
        return text.replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT");
    }

    @TestFactory
    Stream<DynamicTest> everyExampleReportsExactlyItsAnnotatedDiagnostics() throws Exception {
        return examples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<String> expected = Files.readAllLines(file).stream()
                    .filter(l -> l.startsWith("# Error: ") || l.startsWith("# Warning: ") || l.startsWith("# Hint: "))
                    .map(l -> l.substring(2)).toList();
            List<String> actual = new ArrayList<>();
            for (Diagnostic d : run(file)) {
                actual.add((d.isError() ? "Error: " : "Warning: ") + d.line() + ":" + d.column() + " "
                        + anyPort(d.message()));
                d.hints().forEach(h -> actual.add("Hint: " + anyPort(h)));
            }
            assertEquals(String.join("\n", expected), String.join("\n", actual));
        }));
    }

    @Test
    void everyMessageOfTheFootageHasAnExample() throws Exception {
        Set<String> codes = new TreeSet<>();
        for (URL catalogue : Collections.list(getClass().getClassLoader().getResources(Messages.MODULE_CATALOGUE))) {
            Properties messages = new Properties();
            try (InputStream in = catalogue.openStream()) {
                messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            messages.stringPropertyNames().stream().filter(k -> k.startsWith("footage.") && !k.endsWith(".hint"))
                    .forEach(codes::add);
        }
        assertTrue(codes.contains("footage.unsafe"), "the footage's catalogue is found: " + codes);
        Set<String> seen = new TreeSet<>();
        for (Path file : examples()) {
            run(file).forEach(d -> seen.add(d.code()));
        }
        codes.removeAll(seen);
        assertEquals(Set.of(), codes, "footage messages with no example in src/test/resources/footage-diagnostics");
    }
}
