package org.lessonstudio.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every lesson shipped in examples/ checks without a single mistake, formulas included. */
class ExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyExampleChecksClean() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../examples"))) {
            return files.filter(p -> p.toString().endsWith(".lesson")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        Run run = Run.lesson("check", p.toString());
                        assertEquals("", run.err());
                        assertEquals(0, run.exitCode());
                    }));
        }
    }
}
