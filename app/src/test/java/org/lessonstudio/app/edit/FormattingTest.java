package org.lessonstudio.app.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.lex.Lexer;
import org.lessonstudio.dsl.source.SourceFile;

/** Formatting changes only the whitespace at the ends of lines, and a formatted lesson stays as it is. */
class FormattingTest {

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("../examples")).filter(p -> p.toString().endsWith(".lesson")).sorted();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleKeepsItsTokensAndIsAlreadyCanonical(Path example) throws IOException {
        String text = Files.readString(example);
        String formatted = Formatting.format(text);
        assertEquals(tokens(text), tokens(formatted), "the same words, numbers and blocks");
        assertEquals(formatted, Formatting.format(formatted), "formatting twice changes nothing more");
        assertEquals(text, formatted, "the examples are written in the canonical layout");
    }

    @Test
    void fourSpacesBecomeTwoCommentsFollowTheirIndentationTrailingSpacesGo() {
        String messy = "lesson \"L\"\n\nscene \"One\"\n    circle c: radius 1   \n      # about c\n"
                + "    say \"Hello\"\n        draw c\n\n\n";
        assertEquals("lesson \"L\"\n\nscene \"One\"\n  circle c: radius 1\n    # about c\n  say \"Hello\"\n"
                + "    draw c\n", Formatting.format(messy));
    }

    private static List<String> tokens(String text) {
        SourceFile file = SourceFile.of("t.lesson", text);
        return new Lexer(file, new Diagnostics(file)).tokens().stream().map(t -> t.kind() + ":" + t.text() + t.unit())
                .toList();
    }
}
