package org.lessonstudio.timeline.captions;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a caption line may end, by Unicode's line-breaking rules (UAX #14, ICU) with their CJK
 * rules — never before closing punctuation such as {@code ，。）}, never after opening punctuation
 * such as {@code （“} — and, between two Chinese or Japanese characters, only where a word ends
 * (ICU's dictionary), so that 直角边 is not cut in two.
 */
final class LineBreaks {

    private LineBreaks() {
    }

    /** The offsets, after 0 and before {@code text.length()}, at which a new line may start. */
    static List<Integer> of(String text, ULocale locale) {
        BreakIterator lines = BreakIterator.getLineInstance(locale);
        lines.setText(text);
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int at = lines.next(); at != BreakIterator.DONE && at < text.length(); at = lines.next()) {
            if (ideograph(text.codePointBefore(at)) && ideograph(text.codePointAt(at)) && !words.isBoundary(at)) {
                continue;
            }
            out.add(at);
        }
        return out;
    }

    static boolean ideograph(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
