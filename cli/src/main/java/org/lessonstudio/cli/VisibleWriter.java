package org.lessonstudio.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * Everything the {@code lesson} command prints passes through here: a control character (escape,
 * bell, a lone carriage return, C1 codes) is shown as its picture (escape as \u241B), as the
 * language's messages show them. A clip's file name, a path or an argument given on the command
 * line can hold any character, and none of them may move the cursor, retitle the window or clear
 * the teacher's terminal. Line ends and tabs pass as they are.
 */
final class VisibleWriter extends Writer {

    private final PrintWriter target;

    private VisibleWriter(PrintWriter target) {
        this.target = target;
    }

    /** {@code target}, with control characters shown (a writer already showing them is given back). */
    static PrintWriter over(PrintWriter target) {
        if (target instanceof Shown) {
            return target;
        }
        return new Shown(new VisibleWriter(target));
    }

    /** The character as it is shown: itself, or the picture of a control character. */
    static char shown(char c) {
        if (c == '\n' || c == '\t' || Character.getType(c) != Character.CONTROL) {
            return c;
        }
        return c < 0x20 ? (char) (0x2400 + c) : c == 0x7F ? '\u2421' : '\uFFFD';
    }

    /** The text as it is shown. */
    static String shown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(shown(text.charAt(i)));
        }
        return out.toString();
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        char[] shown = new char[length];
        for (int i = 0; i < length; i++) {
            shown[i] = shown(chars[offset + i]);
        }
        target.write(shown, 0, length);
    }

    @Override
    public void flush() {
        target.flush();
    }

    @Override
    public void close() {
        target.close();
    }

    /** The printing side, flushed at every line as a terminal expects. */
    private static final class Shown extends PrintWriter {
        Shown(VisibleWriter writer) {
            super(writer, true);
        }
    }
}
