package org.lessonstudio.app.edit;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A lesson's canonical layout: each level of indentation two spaces, no spaces at line ends, one
 * newline at the end of the file. Only whitespace at the start and end of lines changes: words,
 * comments and blank lines stay as written. A comment line takes the level of its own
 * indentation among the lines around it.
 */
public final class Formatting {

    private static final String STEP = "  ";

    private Formatting() {
    }

    public static String format(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        Deque<Integer> widths = new ArrayDeque<>();
        widths.push(0);
        for (String line : lines) {
            String content = line.strip();
            if (content.isEmpty()) {
                out.append('\n');
                continue;
            }
            int width = width(line);
            int level;
            if (content.startsWith("#")) {
                level = (int) widths.stream().filter(w -> w <= width).count() - 1;
                level = width > widths.peek() ? widths.size() : Math.max(0, level);
            } else {
                while (width < widths.peek()) {
                    widths.pop();
                }
                if (width > widths.peek()) {
                    widths.push(width);
                }
                level = widths.size() - 1;
            }
            out.append(STEP.repeat(level)).append(content).append('\n');
        }
        String result = out.toString().replaceAll("\n+$", "");
        return result.isEmpty() ? "" : result + "\n";
    }

    /** How far a line is indented, a tab counting as the lexer counts it. */
    private static int width(String line) {
        int width = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width += 4;
            } else {
                break;
            }
        }
        return width;
    }
}
