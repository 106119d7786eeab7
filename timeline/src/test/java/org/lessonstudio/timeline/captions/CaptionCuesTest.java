package org.lessonstudio.timeline.captions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lessonstudio.dsl.LessonCompiler;
import org.lessonstudio.dsl.model.Action;
import org.lessonstudio.dsl.model.Lesson;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * Captions that read well: every sentence of every example and of the trigonometry course (both
 * flagships among them), in every language it is written in, becomes cues of at most two lines
 * of at most 42 columns, no line starting with closing punctuation or ending with opening
 * punctuation, no word cut in two (Latin or Chinese), no space at either end of a line, and no
 * word lost; and the sentence ends Unicode knows are the only ones (3.14159 is a number).
 */
class CaptionCuesTest {

    private static final String CLOSING = ",.;:!?)]}%，。；：！？、）」』】》〉”’";
    private static final String OPENING = "([{（「『【《〈“‘";

    private static List<Path> lessons() throws Exception {
        List<Path> all = new ArrayList<>();
        for (Path folder : List.of(Path.of("../examples"), Path.of("../lessons/trigonometry"))) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.toString().endsWith(".lesson")).sorted().forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void everySentenceOfEveryExampleAndBothFlagshipsReadsWell() throws Exception {
        List<String> problems = new ArrayList<>();
        int sentences = 0;
        boolean chinese = false;
        for (Path file : lessons()) {
            var compiled = LessonCompiler.compile(SourceFile.read(file));
            if (compiled.lesson().isEmpty()) {
                continue; // a course file, or a lesson the language's tests cover
            }
            Lesson lesson = compiled.lesson().get();
            for (Action.Say say : lesson.sentences()) {
                for (String language : say.lines().keySet()) {
                    String text = say.text(language);
                    if (text.isBlank()) {
                        continue;
                    }
                    sentences++;
                    chinese |= language.startsWith("zh");
                    problems.addAll(judge(file.getFileName() + " (" + language + ")", text, language));
                }
            }
        }
        assertTrue(sentences > 80 && chinese, sentences + " sentences read");
        assertEquals(List.of(), problems);
    }

    @Test
    void numbersAddressesVersionsAndTimesAreNotSentenceEnds() {
        assertEquals(List.of(List.of("Pi is about 3.14159, and e is 2.718.")),
                CaptionCues.blocks("Pi is about 3.14159, and e is 2.718.", "en"));
        for (String s : List.of("See example.com for more.", "Update to v1.2.3 today.", "It starts at 00:00:01.000 sharp.")) {
            assertEquals(List.of(List.of(s)), CaptionCues.blocks(s, "en"));
        }
        assertEquals(List.of(List.of("One."), List.of("Two.")), CaptionCues.blocks("One. Two.", "en"));
    }

    @Test
    void chineseIsBrokenBetweenWordsAndNeverBeforeAComma() {
        String sentence = "勾股定理告诉我们，直角三角形两条直角边的边长的平方和，等于斜边边长的平方，这个关系在测量中非常有用。";
        List<List<String>> blocks = CaptionCues.blocks(sentence, "zh");
        assertEquals(List.of(), judge("sentence", sentence, "zh"));
        assertTrue(blocks.size() >= 2, blocks.toString());
    }

    @Test
    void aSentenceThatFitsTwoLinesOnlyByCuttingAPhraseIsCutAtItsCommaInstead() {
        List<List<String>> blocks = CaptionCues.blocks("勾股定理告诉我们，直角三角形两条直角边的边长的平方和，等于斜边边长的平方。", "zh");
        assertEquals(List.of(List.of("勾股定理告诉我们，", "直角三角形两条直角边的边长的平方和，"), List.of("等于斜边边长的平方。")),
                blocks);
    }

    @Test
    void twoLinesAreBalanced() {
        List<List<String>> blocks = CaptionCues.blocks(
                "The height of the point on the circle is the sine of the angle we turned.", "en");
        assertEquals(1, blocks.size());
        assertEquals(2, blocks.get(0).size());
        int a = DisplayWidth.of(blocks.get(0).get(0));
        int b = DisplayWidth.of(blocks.get(0).get(1));
        assertTrue(Math.abs(a - b) <= 12, blocks.toString());
    }

    @Test
    void aChineseCharacterIsTwoColumns() {
        assertEquals(4, DisplayWidth.of("直角"));
        assertEquals(5, DisplayWidth.of("sin x"));
        assertEquals(2, DisplayWidth.of("，"));
    }

    /** Everything that would make a caption read badly, as sentences naming the line. */
    static List<String> judge(String where, String sentence, String language) {
        List<String> problems = new ArrayList<>();
        List<List<String>> blocks = CaptionCues.blocks(sentence, language);
        String normal = sentence.strip().replaceAll("\\s+", " ");
        StringBuilder rebuilt = new StringBuilder();
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
        words.setText(normal);
        for (List<String> block : blocks) {
            if (block.size() > CaptionCues.LINES) {
                problems.add(where + ": " + block.size() + " lines: " + block);
            }
            for (String line : block) {
                if (line.isEmpty() || !line.equals(line.strip())) {
                    problems.add(where + ": space at an end of `" + line + "`");
                    continue;
                }
                if (DisplayWidth.of(line) > CaptionCues.COLUMNS) {
                    problems.add(where + ": " + DisplayWidth.of(line) + " columns: `" + line + "`");
                }
                if (CLOSING.indexOf(line.charAt(0)) >= 0) {
                    problems.add(where + ": starts with closing punctuation: `" + line + "`");
                }
                if (OPENING.indexOf(line.charAt(line.length() - 1)) >= 0) {
                    problems.add(where + ": ends with opening punctuation: `" + line + "`");
                }
                int at = normal.indexOf(line, rebuilt.length());
                if (at < 0) {
                    problems.add(where + ": `" + line + "` is not the sentence's words in order");
                    continue;
                }
                if (at > 0 && at == rebuilt.length() && at < normal.length()) {
                    int before = normal.codePointBefore(at);
                    int after = normal.codePointAt(at);
                    boolean latinSplit = Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)
                            && !LineBreaks.ideograph(before) && !LineBreaks.ideograph(after);
                    boolean chineseSplit = LineBreaks.ideograph(before) && LineBreaks.ideograph(after)
                            && !words.isBoundary(at);
                    if (latinSplit || chineseSplit) {
                        problems.add(where + ": a word cut in two before `" + line + "`");
                    }
                }
                rebuilt.setLength(0);
                rebuilt.append(normal, 0, at + line.length());
            }
        }
        if (!rebuilt.toString().equals(normal)) {
            problems.add(where + ": words lost: `" + normal + "` shown as " + blocks);
        }
        return problems;
    }
}
