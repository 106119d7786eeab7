package org.lessonstudio.dsl.diag;

import java.util.List;
import org.lessonstudio.dsl.source.SourceFile;

/**
 * Shows diagnostics the way a teacher reads them:
 *
 * <pre>
 * sine.lesson:7:15: error: I don't know any object called `cirle`.
 *    7 |   point P: on cirle at angle t
 *      |               ^^^^^
 *   hint: did you mean `circle`?
 * </pre>
 */
public final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    public static String print(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(print(d));
        }
        long errors = diagnostics.stream().mapToLong(Diagnostic::errors).sum();
        if (errors > 0) {
            out.append(errors == 1 ? "1 error" : errors + " errors").append(" in this lesson.\n");
        }
        return out.toString();
    }

    /** Lines longer than this many characters are shown as a stretch around the mistake. */
    private static final int SHOWN_WIDTH = 160;

    public static String print(Diagnostic d) {
        SourceFile file = d.file();
        int offset = d.span().start();
        String fullLine = file.lineText(offset).replace('\t', ' ');
        String lineNo = Integer.toString(d.line());
        String gutter = " ".repeat(lineNo.length());
        int column = d.column();
        int width = Math.max(1, columns(file.text().substring(Math.min(offset, file.text().length()),
                Math.min(d.span().end(), file.lineEnd(offset)))));

        // A very long line (a whole file on one line) is cut to a stretch around the caret.
        int length = fullLine.codePointCount(0, fullLine.length());
        String lineText = fullLine;
        int caret = column - 1;
        if (length > SHOWN_WIDTH) {
            int from = Math.max(0, Math.min(caret - SHOWN_WIDTH / 3, length - SHOWN_WIDTH));
            int to = Math.min(length, from + SHOWN_WIDTH);
            lineText = (from > 0 ? "\u2026" : "")
                    + fullLine.substring(fullLine.offsetByCodePoints(0, from), fullLine.offsetByCodePoints(0, to))
                    + (to < length ? "\u2026" : "");
            caret = caret - from + (from > 0 ? 1 : 0);
            width = Math.min(width, SHOWN_WIDTH);
        }
        lineText = visible(lineText);

        StringBuilder out = new StringBuilder();
        out.append(visible(file.name())).append(':').append(d.line()).append(':').append(column).append(": ")
                .append(d.severity().label()).append(": ").append(visible(d.message())).append('\n');
        out.append(' ').append(lineNo).append(" | ").append(lineText).append('\n');
        out.append(' ').append(gutter).append(" | ").append(pad(lineText, caret)).append("^".repeat(width))
                .append('\n');
        for (String hint : d.hints()) {
            out.append(' ').append(gutter).append(" = hint: ").append(visible(hint)).append('\n');
        }
        return out.toString();
    }

    /**
     * The text with every control character shown as its picture (NUL as \u2400, escape as
     * \u241B): a hostile file must not be able to move the cursor or change colours in the
     * teacher's terminal, and an invisible character should be seen where it is.
     */
    static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\n') {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append(c < 0x20 ? (char) (0x2400 + c) : c == 0x7F ? '\u2421' : '\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Spaces under the line up to the caret; wide (CJK) characters take two columns in a terminal. */
    private static String pad(String line, int codePoints) {
        StringBuilder pad = new StringBuilder();
        int i = 0;
        for (int n = 0; n < codePoints && i < line.length(); n++) {
            int cp = line.codePointAt(i);
            pad.append(isWide(cp) ? "  " : " ");
            i += Character.charCount(cp);
        }
        int missing = codePoints - line.codePointCount(0, i);
        pad.append(" ".repeat(Math.max(0, missing)));
        return pad.toString();
    }

    /** How many terminal columns the text takes (wide characters take two). */
    private static int columns(String text) {
        return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x3000 && cp <= 0x303F);
    }
}
