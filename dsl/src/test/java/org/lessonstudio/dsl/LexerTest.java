package org.lessonstudio.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.diag.Diagnostics;
import org.lessonstudio.dsl.lex.Lexer;
import org.lessonstudio.dsl.lex.Token;
import org.lessonstudio.dsl.lex.TokenKind;
import org.lessonstudio.dsl.source.SourceFile;

class LexerTest {

    private static List<Token> lex(String text) {
        SourceFile file = SourceFile.of("t.lesson", text);
        Diagnostics diagnostics = new Diagnostics(file);
        List<Token> tokens = new Lexer(file, diagnostics).tokens();
        assertFalse(diagnostics.hasErrors(), () -> diagnostics.sorted().toString());
        return tokens;
    }

    private static String kinds(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(t -> t.kind().name()).toList());
    }

    @Test
    void indentationBecomesBlocksAndBlankLinesAndCommentsDisappear() {
        List<Token> tokens = lex("scene \"A\"\n  # a comment\n\n  wait 1s\nscene \"B\"\n");
        assertEquals("WORD STRING NEWLINE INDENT WORD NUMBER NEWLINE DEDENT WORD STRING NEWLINE END", kinds(tokens));
    }

    @Test
    void numbersKeepTheUnitWrittenAfterThem() {
        List<Token> tokens = lex("over 6s, 30° 2pi 1.5\n");
        assertEquals("s", tokens.get(1).unit());
        assertEquals("deg", tokens.get(3).unit());
        assertEquals("pi", tokens.get(4).unit());
        assertEquals(1.5, tokens.get(5).number());
    }

    @Test
    void videoSizesAreOneToken() {
        List<Token> tokens = lex("video: 1920x1080, 30 fps\n");
        assertEquals(TokenKind.SIZE, tokens.get(2).kind());
        assertEquals("1920x1080", tokens.get(2).text());
    }

    @Test
    void tokensKnowExactlyWhereTheyAre() {
        SourceFile file = SourceFile.of("t.lesson", "lesson \"x\"\n  theme: chalkboard\n");
        List<Token> tokens = new Lexer(file, new Diagnostics(file)).tokens();
        Token theme = tokens.stream().filter(t -> t.isWord("chalkboard")).findFirst().orElseThrow();
        assertEquals(2, file.line(theme.span().start()));
        assertEquals(10, file.column(theme.span().start()));
        assertEquals("chalkboard", file.text().substring(theme.span().start(), theme.span().end()));
    }

    @Test
    void texKeepsItsBackslashesAndQuotesCanBeEscaped() {
        List<Token> tokens = lex("tex \"\\sin\\theta = \\dfrac{y}{1}\" \"say \\\"hi\\\"\"\n");
        assertEquals("\\sin\\theta = \\dfrac{y}{1}", tokens.get(1).text());
        assertEquals("say \"hi\"", tokens.get(2).text());
    }
}
