package org.lessonstudio.footage.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes the ways a word is disguised before it is looked up: case, full-width letters, accents,
 * invisible characters, look-alike letters from other alphabets, letters spaced out ("s e x",
 * "k.i.l.l"), spaces between Chinese characters ("自 杀"), digits and signs for letters ("k1ll",
 * "b100d", "$ex"), letters held ("bloooood"), a word cut by a sign ("sui-cide") and a letter
 * hidden by a star ("s*x"). A text can be read more than one way (is "1" an i or an l?), so it
 * gives every reading; a word found in any of them counts.
 */
final class Normaliser {

    /** Stands for a letter hidden by a star; a word holding it matches any letter there. */
    static final char HIDDEN = '\u01C2';

    private static final Pattern SPACED_OUT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\p{IsLatin}(?:([ .\\-_*\u00B7\u2022])\\p{IsLatin})(?:\\1\\p{IsLatin}){1,}(?![\\p{L}\\p{N}])");
    private static final Pattern SPACED_HAN = Pattern.compile(
            "(?<=\\p{IsHan})[ .\\-_*\u00B7\u2022\u3000]+(?=\\p{IsHan})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}@$!|+]+");
    private static final Pattern LEET = Pattern.compile("[0134578@$]|(?<=\\p{L})[!|+](?=\\p{L})");
    private static final Pattern HELD = Pattern.compile("(\\p{L})\\1{2,}");
    private static final Pattern CUT = Pattern.compile("(?<=\\p{IsLatin})[\\-._'\u00B7](?=\\p{IsLatin})");
    private static final Pattern STARRED = Pattern.compile("(?<=\\p{IsLatin})[*#%](?=\\p{IsLatin})"
            + "|(?<![\\p{L}\\p{N}])[*#%](?=\\p{IsLatin}{2})|(?<=\\p{IsLatin}{2})[*#%](?![\\p{L}\\p{N}])");
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('\u0430', 'a'), Map.entry('\u0435', 'e'), Map.entry('\u043E', 'o'), Map.entry('\u0440', 'p'),
            Map.entry('\u0441', 'c'), Map.entry('\u0445', 'x'), Map.entry('\u0443', 'y'), Map.entry('\u0456', 'i'),
            Map.entry('\u0455', 's'), Map.entry('\u03BF', 'o'), Map.entry('\u03B1', 'a'), Map.entry('\u03B9', 'i'),
            Map.entry('\u043A', 'k'), Map.entry('\u0442', 't'), Map.entry('\u043D', 'h'), Map.entry('\u0432', 'b'),
            Map.entry('\u043C', 'm'));

    private Normaliser() {
    }

    /** Every reading of a text, the plainest first. */
    static List<Normalised> readings(String text) {
        Normalised base = joinSpacedHan(joinSpacedOut(plain(text)));
        Map<String, Normalised> readings = new LinkedHashMap<>();
        readings.put(base.text(), base);
        if (LEET.matcher(base.text()).find()) {
            for (Normalised n : List.copyOf(readings.values())) {
                add(readings, unLeet(n, 'i'));
                add(readings, unLeet(n, 'l'));
            }
        }
        if (HELD.matcher(base.text()).find()) {
            for (Normalised n : List.copyOf(readings.values())) {
                add(readings, replace(n, HELD, m -> m.group(1)));
                add(readings, replace(n, HELD, m -> m.group(1) + m.group(1)));
            }
        }
        if (CUT.matcher(base.text()).find()) {
            for (Normalised n : List.copyOf(readings.values())) {
                add(readings, replace(n, CUT, m -> ""));
            }
        }
        if (STARRED.matcher(base.text()).find()) {
            for (Normalised n : List.copyOf(readings.values())) {
                add(readings, replace(n, STARRED, m -> String.valueOf(HIDDEN)));
            }
        }
        return List.copyOf(readings.values());
    }

    private static void add(Map<String, Normalised> readings, Normalised n) {
        readings.putIfAbsent(n.text(), n);
    }

    /** One width, lower case, no accents, no invisible characters, look-alike letters made Latin. */
    static Normalised plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> origin = new ArrayList<>(text.length() + 1);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp < 0x80) {
                out.append(Character.toLowerCase((char) cp));
                origin.add(i);
            } else if (!invisible(cp)) {
                String folded = Normalizer.normalize(Normalizer.normalize(new String(Character.toChars(cp)),
                        Normalizer.Form.NFKC), Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
                for (int k = 0; k < folded.length(); k++) {
                    char c = folded.charAt(k);
                    if (Character.getType(c) != Character.NON_SPACING_MARK) {
                        out.append(LOOK_ALIKES.getOrDefault(c, c));
                        origin.add(i);
                    }
                }
            }
            i += width;
        }
        origin.add(text.length());
        return new Normalised(out.toString(), origin.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean invisible(int cp) {
        return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF
                || Character.getType(cp) == Character.FORMAT;
    }

    /** "s e x", "k.i.l.l": three or more single letters with the same sign between them become one word. */
    private static Normalised joinSpacedOut(Normalised n) {
        return replace(n, SPACED_OUT, m -> {
            String run = m.group();
            String sep = m.group(1);
            // "a s e x scene", "k i l l i n g a cat": a word of one letter at either end stays a word
            String head = "";
            String tail = "";
            if (sep.equals(" ") && run.length() >= 7 && (run.startsWith("a ") || run.startsWith("i "))) {
                head = run.substring(0, 2);
                run = run.substring(2);
            }
            if (sep.equals(" ") && run.length() >= 7 && (run.endsWith(" a") || run.endsWith(" i"))) {
                tail = run.substring(run.length() - 2);
                run = run.substring(0, run.length() - 2);
            }
            return head + run.replace(sep, "") + tail;
        });
    }

    /** Chinese is written without spaces: "自 杀" is "自杀". */
    private static Normalised joinSpacedHan(Normalised n) {
        return replace(n, SPACED_HAN, m -> "");
    }

    /** Digits and signs inside a word read as the letters they look like; {@code one} is how "1" reads. */
    private static Normalised unLeet(Normalised n, char one) {
        char[] chars = n.text().toCharArray();
        Matcher word = WORD.matcher(n.text());
        while (word.find()) {
            String w = word.group();
            if (!w.chars().anyMatch(Character::isLetter) || !LEET.matcher(w).find()) {
                continue;
            }
            for (int i = word.start(); i < word.end(); i++) {
                char c = chars[i];
                boolean inside = i > word.start() && i < word.end() - 1;
                chars[i] = switch (c) {
                    case '0' -> 'o';
                    case '1' -> one;
                    case '3' -> 'e';
                    case '4', '@' -> 'a';
                    case '5', '$' -> 's';
                    case '7', '+' -> inside || c == '7' ? 't' : c;
                    case '8' -> 'b';
                    case '!' -> inside ? 'i' : c;
                    case '|' -> inside ? (one == 'i' ? 'l' : 'i') : c;
                    default -> c;
                };
            }
        }
        return new Normalised(new String(chars), n.origin());
    }

    /** The text with every match replaced, each new character keeping the origin of the match's first. */
    private static Normalised replace(Normalised n, Pattern pattern, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(n.text());
        StringBuilder out = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            copy(n, last, m.start(), out, origin);
            String replacement = with.apply(m);
            String matched = m.group();
            for (int k = 0; k < replacement.length(); k++) {
                // a character kept from the match keeps its own origin when the two line up
                int from = replacement.length() == matched.length() ? m.start() + k : m.start()
                        + Math.min(matched.length() - 1, originalIndex(matched, replacement, k));
                out.append(replacement.charAt(k));
                origin.add(n.origin()[from]);
            }
            last = m.end();
        }
        if (last == 0 && out.isEmpty()) {
            return n;
        }
        copy(n, last, n.text().length(), out, origin);
        origin.add(n.origin()[n.text().length()]);
        return new Normalised(out.toString(), origin.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Where the {@code k}th kept character of a shortened match was in the match (letters kept in order). */
    private static int originalIndex(String matched, String replacement, int k) {
        int found = -1;
        int at = 0;
        for (int i = 0; i <= k && at < matched.length(); i++) {
            char want = replacement.charAt(i);
            while (at < matched.length() && matched.charAt(at) != want) {
                at++;
            }
            found = at;
            at++;
        }
        return Math.max(0, found);
    }

    private static void copy(Normalised n, int from, int to, StringBuilder out, List<Integer> origin) {
        out.append(n.text(), from, to);
        for (int i = from; i < to; i++) {
            origin.add(n.origin()[i]);
        }
    }
}
