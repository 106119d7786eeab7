package org.lessonstudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Footage providers own what they are: outside the footage module no code compares a provider's
 * word ({@code equals("runway")}, {@code case "library"}); it asks the provider object instead. The
 * language (dsl) keeps the words a lesson writes and is left out.
 */
class ProviderNamesTest {

    private static final Pattern COMPARED = Pattern.compile(
            "(equals\\(\\s*|case\\s+)\"(runway|veo|library|procedural)\"|\"(runway|veo|library|procedural)\"\\s*\\.equals");

    @Test
    void noModuleOutsideFootageComparesProviderNames() throws Exception {
        List<String> found = new ArrayList<>();
        for (String module : List.of("timeline", "voice", "renderer", "media", "course", "app", "cli", "preview",
                "bench")) {
            Path sources = Path.of("..", module, "src", "main", "java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher m = COMPARED.matcher(lines.get(i));
                        if (m.find()) {
                            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "provider names compared outside the footage module");
    }
}
