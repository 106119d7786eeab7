package org.lessonstudio.renderer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which words of a footage description the offline drawer ({@link ProceduralFootage}) can show —
 * sky, sun, night, dusk, cloud, rain, snow, water, hills, a ferris wheel — and which it cannot, so
 * a teacher is told ("school gym, basketball: not drawn offline") instead of getting sky over
 * green hills for a basketball free throw. Words that describe no thing (a, in, slowly, shot…)
 * are neither.
 */
public final class OfflineWords {

    /** What can be shown: the thing drawn, by the words that ask for it. */
    static final Map<String, List<String>> DRAWN = Map.ofEntries(
            Map.entry("sky", List.of("sky", "skies", "天空")),
            Map.entry("sun", List.of("sun", "sunny", "sunshine", "sunlight", "day", "daytime", "太阳", "阳光")),
            Map.entry("night", List.of("night", "stars", "starry", "star", "moon", "midnight", "夜晚", "晚上", "夜", "星")),
            Map.entry("dusk", List.of("dusk", "sunset", "evening", "twilight", "黄昏", "傍晚", "日落")),
            Map.entry("dawn", List.of("dawn", "sunrise", "morning", "日出", "早晨")),
            Map.entry("clouds", List.of("grey", "gray", "cloud", "clouds", "cloudy", "overcast", "云")),
            Map.entry("rain", List.of("rain", "rainy", "raining", "storm", "stormy", "rainfall", "雨")),
            Map.entry("snow", List.of("snow", "snowy", "snowing", "winter", "snowfall", "雪")),
            Map.entry("water", List.of("ocean", "sea", "wave", "waves", "beach", "lake", "river", "water", "pond",
                    "shore", "海", "浪", "湖", "河", "水")),
            Map.entry("hills", List.of("hill", "hills", "field", "fields", "meadow", "mountain", "mountains", "valley",
                    "countryside", "landscape", "land", "grass", "green", "山", "田野", "草地")),
            Map.entry("ferris wheel", List.of("ferris", "wheel", "cabin", "cabins", "gondola", "gondolas", "摩天轮")));

    /** Words that name no thing to be seen: left out of both lists. */
    private static final Set<String> PLAIN = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "from", "with",
            "and", "or", "over", "under", "into", "onto", "by", "for", "as", "is", "are", "its", "their", "this", "that",
            "these", "those", "some", "very", "slowly", "slow", "gently", "gentle", "softly", "soft", "calm", "calmly",
            "quiet", "quietly", "wide", "shot", "view", "close", "up", "closeup", "aerial", "camera", "footage", "video",
            "clip", "scene", "moving", "moves", "move", "fast", "beautiful", "real", "realistic", "cinematic", "long",
            "short", "high", "low", "above", "below", "behind", "across", "through", "around", "far", "near", "big",
            "small", "large", "little", "light", "dark", "bright", "colour", "color", "colours", "colors", "blue",
            "white", "one", "two", "three", "many", "few", "seen", "showing", "shows", "show", "looking", "panning",
            "pan", "zoom", "tracking", "static", "still", "time", "lapse", "timelapse", "style", "detail",
            "detailed", "background", "foreground", "it", "while", "where", "which", "who", "then",
            "rolling", "falling", "turning", "spinning", "flowing", "drifting", "blowing", "shining", "rising",
            "setting", "glowing", "swaying", "crashing", "breaking", "lapping", "overhead", "distant", "lit",
            "sandy", "golden", "orange", "red", "yellow", "purple", "pink", "silver");
    private static final String PLAIN_HAN = "的了在和与是一个上下里中着把被从向对很也都又之";

    /** The things a description asks for that the drawer shows, and the phrases it cannot show. */
    public record Coverage(List<String> shown, List<String> missing) {
        public boolean complete() {
            return missing.isEmpty();
        }
    }

    private OfflineWords() {
    }

    public static Coverage of(String description) {
        String text = description.toLowerCase(Locale.ROOT);
        Set<String> shown = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        List<String> phrase = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                String known = knownHanAt(text, i);
                if (known != null) {
                    shown.add(thing(known));
                    close(phrase, missing, "");
                    i += known.length();
                } else if (PLAIN_HAN.indexOf(cp) >= 0) {
                    close(phrase, missing, "");
                    i += Character.charCount(cp);
                } else {
                    phrase.add(new String(Character.toChars(cp)));
                    i += Character.charCount(cp);
                    boolean ends = i >= text.length()
                            || Character.UnicodeScript.of(text.codePointAt(i)) != Character.UnicodeScript.HAN;
                    if (ends) {
                        close(phrase, missing, "");
                    }
                }
            } else if (Character.isLetter(cp)) {
                int end = i;
                while (end < text.length() && Character.isLetter(text.codePointAt(end))
                        && Character.UnicodeScript.of(text.codePointAt(end)) != Character.UnicodeScript.HAN) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String word = text.substring(i, end);
                String thing = thing(word);
                if (thing != null) {
                    shown.add(thing);
                    close(phrase, missing, " ");
                } else if (PLAIN.contains(word) || word.length() < 3) {
                    close(phrase, missing, " ");
                } else {
                    phrase.add(word);
                }
                i = end;
            } else {
                if (cp != ' ' && cp != '-') {
                    close(phrase, missing, " ");
                }
                i += Character.charCount(cp);
            }
        }
        close(phrase, missing, phrase.stream().anyMatch(w -> w.chars().allMatch(c -> c < 128)) ? " " : "");
        return new Coverage(List.copyOf(shown), List.copyOf(new LinkedHashSet<>(missing)));
    }

    private static void close(List<String> phrase, List<String> missing, String joiner) {
        if (!phrase.isEmpty()) {
            boolean latin = phrase.get(0).chars().allMatch(c -> c < 128);
            missing.add(String.join(latin ? " " : "", phrase));
            phrase.clear();
        }
    }

    private static String knownHanAt(String text, int at) {
        String best = null;
        for (List<String> words : DRAWN.values()) {
            for (String w : words) {
                if (w.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        && text.startsWith(w, at) && (best == null || w.length() > best.length())) {
                    best = w;
                }
            }
        }
        return best;
    }

    private static String thing(String word) {
        for (Map.Entry<String, List<String>> e : DRAWN.entrySet()) {
            if (e.getValue().contains(word)) {
                return e.getKey();
            }
        }
        return null;
    }
}
