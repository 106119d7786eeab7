package org.lessonstudio.renderer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzz tests of what reads a lesson's pictures and formulas. The property: any
 * bytes give an answer (a reason or none), nothing escapes as an exception or error (a stack
 * overflow included), nothing hangs (Jazzer's limit, 5 s) and nothing takes more than the memory
 * given. In {@code mvn verify} each target runs once over its seeds (the examples' SVGs, hostile
 * pictures and formulas, and whatever {@code bench/fuzz} found and saved under
 * {@code src/test/resources/.../PictureFuzzTestInputs/}).
 */
class PictureFuzzTest {

    private static final Path FOLDER;

    static {
        try {
            FOLDER = Files.createTempDirectory("picture-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SVG file as `lesson check` opens it: read, scanned, built by Batik and drawn once. */
    @FuzzTest
    void svg(byte[] bytes) throws IOException {
        Path file = FOLDER.resolve("fuzz.svg");
        Files.write(file, bytes);
        try {
            Images.problem(file);
        } finally {
            Images.forget(file);
        }
    }

    /** A formula as `lesson check` typesets it (at most 1000 characters, as the language allows). */
    @FuzzTest
    void tex(byte[] bytes) {
        String formula = new String(bytes, StandardCharsets.UTF_8);
        TexCheck.problem(formula.length() > 1000 ? formula.substring(0, 1000) : formula);
    }
}
