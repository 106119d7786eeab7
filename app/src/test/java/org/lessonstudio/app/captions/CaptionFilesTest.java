package org.lessonstudio.app.captions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.source.SourceFile;
import org.lessonstudio.timeline.Timeline;

/**
 * Caption and chapter files say what the teacher wrote, even in mathematics: {@code <}, {@code >},
 * {@code &} and {@code -->} survive WebVTT and SRT. The browser test plays the same captions in
 * Chromium and reads them back as shown.
 */
class CaptionFilesTest {

    private static final String INEQUALITY = "when x < 3 and y > 1, A & B";
    private static final String ARROW = "x --> 0";
    private static final List<Captions.Cue> CUES = List.of(new Captions.Cue(0, 2, List.of(INEQUALITY)),
            new Captions.Cue(2, 4, List.of(ARROW)), new Captions.Cue(4, 6, List.of("a <b and c> d", "{\\an8}\\N top")));

    /** The text of each cue, read back as a WebVTT parser does: blocks by blank lines, text up to a line with an arrow, then references decoded. */
    private static List<String> readVtt(String vtt) {
        List<String> texts = new ArrayList<>();
        for (String block : vtt.split("\n\n")) {
            List<String> lines = List.of(block.split("\n"));
            int timing = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("-->")) {
                    timing = i;
                    break;
                }
            }
            if (timing < 0) {
                continue;
            }
            int end = timing + 1;
            while (end < lines.size() && !lines.get(end).contains("-->")) {
                end++; // a line with an arrow ends the cue's text (and starts a cue that is not one)
            }
            String payload = String.join("\n", lines.subList(timing + 1, end));
            assertFalse(Pattern.compile("<[^>]*>").matcher(payload).find(), "no tag in " + payload);
            texts.add(payload.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return texts;
    }

    @Test
    void webVttEscapesWhatItWouldReadAsMarkupAndKeepsEveryCue() {
        String vtt = CaptionFiles.vtt(CUES);
        assertEquals(List.of(INEQUALITY, ARROW, "a <b and c> d\n{\\an8}\\N top"), readVtt(vtt));
        assertTrue(vtt.contains("\nwhen x &lt; 3 and y &gt; 1, A &amp; B\n"), vtt);
        assertEquals(3, vtt.split("-->", -1).length - 1, "only the three timing lines hold an arrow:\n" + vtt);
    }

    @Test
    void srtKeepsTheCharactersAndHidesNoTagOrTimingInThem() {
        String srt = CaptionFiles.srt(CUES);
        String shown = srt.replace(String.valueOf(CueText.JOINER), "");
        assertTrue(shown.contains("\n" + INEQUALITY + "\n"), "the same characters, nothing to decode:\n" + srt);
        assertTrue(shown.contains("\n" + ARROW + "\n"), srt);
        assertTrue(shown.contains("\na <b and c> d\n{\\an8}\\N top\n"), srt);
        assertEquals(3, srt.split("-->", -1).length - 1, "only the three timing lines hold an arrow:\n" + srt);
        assertFalse(Pattern.compile("<[A-Za-z/ ]|\\{\\\\|\\\\[nNh]").matcher(srt).find(),
                "nothing a player reads as a tag, an override or a line break:\n" + srt);
        assertFalse(srt.contains("&lt;") || srt.contains("&amp;"), "SRT players show entities as they are written");
    }

    @Test
    void chapterTitlesAreEscapedToo() {
        Timeline timeline = Timeline.of(LessonCompiler.compile(SourceFile.of("limits.lesson", """
                lesson "Limits"
                  video: 160x90, 10 fps

                scene "When x < 3 & y > 1"
                  circle c: radius 1
                  draw c over 1s

                scene "x --> 0"
                  wait 1s
                """)).lesson().orElseThrow());
        assertEquals(List.of("When x < 3 & y > 1", "x --> 0"), readVtt(CaptionFiles.chapters(timeline)));
    }

    /**
     * Markdown read back as CommonMark does for a paragraph of text: a backslash before ASCII
     * punctuation is that character, and what is left that Markdown reads as markup must be none.
     */
    private static String readMarkdownText(String line) {
        assertFalse(Pattern.compile("(?<!\\\\)[<>*_`\\[\\]&|~]").matcher(line).find(),
                "nothing a Markdown reader takes for markup is left unescaped in " + line);
        assertFalse(Pattern.compile("^(#|[-+=] |\\d+[.)] )").matcher(line).find(), "no heading or list: " + line);
        return line.replaceAll("\\\\(\\p{Punct})", "$1");
    }

    @Test
    void theMarkdownTranscriptShowsWhatWasSaidNotMarkupMadeOfIt() {
        String said = "Say <b>bold</b> & *stars*, [a link](http://x) and `code`_here_";
        Timeline timeline = Timeline.of(LessonCompiler.compile(SourceFile.of("marks.lesson", """
                lesson "Marks <i>in</i> # titles"
                  video: 160x90, 10 fps

                scene "1. A *scene*"
                  say "%s"

                scene "- dashes"
                  say "# not a heading"
                """.formatted(said))).lesson().orElseThrow());
        List<String> lines = List.of(CaptionFiles.markdown(timeline).split("\n"));
        assertEquals("# " + "Marks \\<i\\>in\\</i\\> \\# titles", lines.get(0));
        assertEquals("## 1\\. A \\*scene\\*", lines.get(2));
        assertEquals(said, readMarkdownText(lines.get(4)));
        assertEquals("## \\- dashes", lines.get(6));
        assertEquals("# not a heading", readMarkdownText(lines.get(8)));
    }
}
