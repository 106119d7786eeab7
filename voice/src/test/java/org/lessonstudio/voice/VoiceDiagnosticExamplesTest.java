package org.lessonstudio.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.diag.Diagnostic;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.diag.Messages;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * The voice's messages, each shown by an annotated lesson in {@code src/test/resources/diagnostics}
 * narrated by a stand-in engine that speaks, is missing, or fails ({@code # Engine: …}), its voices
 * read as phonemes by espeak-ng or a stand-in ({@code # Phonemes: espeak-ng}, {@code # Phonemes: en}), and
 * every message in the voice's own catalogue has one.
 */
class VoiceDiagnosticExamplesTest {

    @TempDir
    Path cache;

    private static List<Path> examples() throws Exception {
        Path folder = Path.of(VoiceDiagnosticExamplesTest.class.getResource("/diagnostics").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList();
        }
    }

    /** An engine that behaves as the example's {@code # Engine:} line says. */
    private record StandIn(String behaviour) implements SpeechEngine {
        @Override
        public String name() {
            return "espeak";
        }

        @Override
        public Optional<String> problem() {
            return behaviour.startsWith("missing ") ? Optional.of(behaviour.substring(8)) : Optional.empty();
        }

        @Override
        public void speak(String text, String voice, double rate, Path out) throws IOException {
            if (behaviour.startsWith("fails ")) {
                throw new IOException(behaviour.substring(6));
            }
            Files.write(out, TestWav.silence(0.5));
        }

        @Override
        public String defaultVoice(String language) {
            return language;
        }
    }

    /** A reader of phonemes that reads every text in one other language ({@code # Phonemes: en}). */
    private record AlwaysIn(String language) implements VoiceLanguages.Phonemes {
        @Override
        public String of(String text, String voice) {
            return "(" + language + ")h@l'oU";
        }

        @Override
        public List<String> voicesFor(String wanted) {
            return List.of("another-" + wanted);
        }
    }

    private List<Diagnostic> narrate(Path file) throws Exception {
        String behaviour = Files.readAllLines(file).stream().filter(l -> l.startsWith("# Engine: "))
                .map(l -> l.substring(10)).findFirst().orElse("speaks");
        SourceFile source = SourceFile.read(file);
        LessonCompiler.Result result = LessonCompiler.compile(source);
        assertTrue(result.ok(), "the example is a lesson without mistakes of the language");
        Diagnostics diagnostics = new Diagnostics(source);
        Files.createDirectories(cache.resolve(file.getFileName().toString()));
        new Narrator(Map.of("espeak", new StandIn(behaviour), "openai", new StandIn("speaks")),
                new SpeechCache(cache.resolve(file.getFileName().toString())), f -> 0)
                .narrate(result.lesson().get(), result.lesson().get().language(), diagnostics);
        String reading = Files.readAllLines(file).stream().filter(l -> l.startsWith("# Phonemes: "))
                .map(l -> l.substring(12)).findFirst().orElse("");
        if (!reading.isEmpty()) {
            VoiceLanguages.check(result.lesson().get(), reading.equals("espeak-ng") ? VoiceLanguages.espeak()
                    : new AlwaysIn(reading), diagnostics);
        }
        return diagnostics.sorted();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleReportsExactlyItsAnnotatedDiagnostics() throws Exception {
        return examples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<String> expected = Files.readAllLines(file).stream()
                    .filter(l -> l.startsWith("# Error: ") || l.startsWith("# Warning: ") || l.startsWith("# Hint: "))
                    .map(l -> l.substring(2)).toList();
            List<String> actual = new ArrayList<>();
            for (Diagnostic d : narrate(file)) {
                actual.add((d.isError() ? "Error: " : "Warning: ") + d.line() + ":" + d.column() + " " + d.message());
                d.hints().forEach(h -> actual.add("Hint: " + h));
            }
            assertEquals(String.join("\n", expected), String.join("\n", actual));
        }));
    }

    @Test
    void everyMessageOfTheVoiceHasAnExample() throws Exception {
        Properties catalogue = Messages.module(VoiceDiagnosticExamplesTest.class.getClassLoader()
                .getResource(Messages.MODULE_CATALOGUE));
        Set<String> codes = new TreeSet<>();
        catalogue.stringPropertyNames().stream().filter(k -> !k.endsWith(".hint")).forEach(codes::add);
        Set<String> seen = new TreeSet<>();
        for (Path file : examples()) {
            narrate(file).forEach(d -> seen.add(d.code()));
        }
        codes.removeAll(seen);
        assertEquals(Set.of(), codes, "voice messages with no example in src/test/resources/diagnostics");
    }
}
