package org.lessonstudio.timeline.captions;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * How wide text is on a caption line, in columns: a Chinese, Japanese or Korean character (and
 * the full-width punctuation beside them) is two, a Latin letter one, a combining accent or an
 * invisible joiner none. Caption guidelines count lines this way (42 columns: 42 Latin letters or
 * 21 Chinese characters).
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    public static int of(CharSequence text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            columns += of(cp);
            i += Character.charCount(cp);
        }
        return columns;
    }

    public static int of(int cp) {
        int type = UCharacter.getType(cp);
        if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
                || type == UCharacterCategory.FORMAT || type == UCharacterCategory.CONTROL) {
            return 0;
        }
        int east = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return east == UCharacter.EastAsianWidth.WIDE || east == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }
}
