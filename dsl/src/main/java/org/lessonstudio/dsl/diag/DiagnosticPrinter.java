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
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        if (errors > 0) {
            out.append(errors == 1 ? "1 error" : errors + " errors").append(" in this lesson.\n");
        }
        return out.toString();
    }

    public static String print(Diagnostic d) {
        SourceFile file = d.file();
        int offset = d.span().start();
        String lineText = file.lineText(offset).replace('\t', ' ');
        String lineNo = Integer.toString(d.line());
        String gutter = " ".repeat(lineNo.length());
        int column = d.column();
        int width = Math.max(1, columns(file.text().substring(offset, Math.min(d.span().end(),
                file.lineEnd(offset)))));

        StringBuilder out = new StringBuilder();
        out.append(file.name()).append(':').append(d.line()).append(':').append(column).append(": ")
                .append(d.severity().label()).append(": ").append(d.message()).append('\n');
        out.append(' ').append(lineNo).append(" | ").append(lineText).append('\n');
        out.append(' ').append(gutter).append(" | ").append(pad(lineText, column - 1)).append("^".repeat(width))
                .append('\n');
        for (String hint : d.hints()) {
            out.append(' ').append(gutter).append(" = hint: ").append(hint).append('\n');
        }
        return out.toString();
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
