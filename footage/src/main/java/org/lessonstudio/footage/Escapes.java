package org.lessonstudio.footage;

/**
 * A service's text with its escapes undone, so a key written as JSON escapes ({@code \u006b…}),
 * percent-encoded ({@code %6B…}) or as HTML character references ({@code &#107;…}) reads as the
 * key, and the scrubber finds it. Undone again while anything changes (a key escaped twice), at
 * most four times; a broken escape is kept as written.
 */
final class Escapes {

    private static final int MOST_ROUNDS = 4;

    private Escapes() {
    }

    static String undone(String text) {
        String current = text;
        for (int round = 0; round < MOST_ROUNDS; round++) {
            String next = once(current);
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return current;
    }

    private static String once(String text) {
        if (text.indexOf('\\') < 0 && text.indexOf('%') < 0 && text.indexOf("&#") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char e = text.charAt(i + 1);
                if (e == 'u' && hex(text, i + 2, 4)) {
                    out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                    i += 6;
                    continue;
                }
                int simple = "\"\\/bfnrt".indexOf(e);
                if (simple >= 0) {
                    out.append("\"\\/\b\f\n\r\t".charAt(simple));
                    i += 2;
                    continue;
                }
            } else if (c == '%' && hex(text, i + 1, 2)) {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
                continue;
            } else if (c == '&' && text.startsWith("&#", i)) {
                int end = text.indexOf(';', i);
                if (end > i + 2 && end - i <= 10) {
                    String number = text.substring(i + 2, end);
                    boolean isHex = number.startsWith("x") || number.startsWith("X");
                    String digits = isHex ? number.substring(1) : number;
                    if (!digits.isEmpty() && (isHex ? hex(digits, 0, digits.length()) : digits.chars()
                            .allMatch(Character::isDigit))) {
                        int code = Integer.parseInt(digits, isHex ? 16 : 10);
                        if (Character.isValidCodePoint(code)) {
                            out.appendCodePoint(code);
                            i = end + 1;
                            continue;
                        }
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean hex(String text, int from, int count) {
        if (from + count > text.length() || count == 0) {
            return false;
        }
        for (int k = from; k < from + count; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
