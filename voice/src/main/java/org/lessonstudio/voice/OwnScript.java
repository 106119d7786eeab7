package org.lessonstudio.voice;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a sentence written in its language's own script: Chinese characters for Chinese,
 * Latin letters for English, Cyrillic for Russian… A symbol such as θ or a Latin name in a
 * Chinese sentence is read in its own language by any voice, rightly; what a voice must read in
 * the lesson's language is the rest.
 */
final class OwnScript {

    private OwnScript() {
    }

    /** The sentence with every character outside the language's scripts made a space. */
    static String words(String sentence, String language) {
        Set<UnicodeScript> scripts = scripts(language);
        StringBuilder kept = new StringBuilder();
        sentence.codePoints().forEach(cp -> {
            UnicodeScript script = UnicodeScript.of(cp);
            boolean keep = scripts.contains(script) || cp == '\'' || cp == '’';
            kept.appendCodePoint(keep ? cp : ' ');
        });
        return kept.toString().replaceAll("\\s+", " ").strip();
    }

    private static Set<UnicodeScript> scripts(String language) {
        String base = language.toLowerCase(Locale.ROOT).split("-")[0];
        return switch (base) {
            case "zh", "cmn", "yue" -> Set.of(UnicodeScript.HAN);
            case "ja" -> Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA);
            case "ko" -> Set.of(UnicodeScript.HANGUL);
            case "ru", "uk", "bg", "sr", "be", "mk" -> Set.of(UnicodeScript.CYRILLIC);
            case "el" -> Set.of(UnicodeScript.GREEK);
            case "ar", "fa", "ur" -> Set.of(UnicodeScript.ARABIC);
            case "he" -> Set.of(UnicodeScript.HEBREW);
            case "hi", "mr", "ne" -> Set.of(UnicodeScript.DEVANAGARI);
            case "th" -> Set.of(UnicodeScript.THAI);
            default -> Set.of(UnicodeScript.LATIN);
        };
    }
}
