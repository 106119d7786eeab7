package org.lessonstudio.app.captions;

import java.util.ArrayList;
import java.util.List;
import org.lessonstudio.timeline.CaptionEvent;
import org.lessonstudio.timeline.ScenePlan;
import org.lessonstudio.timeline.Timeline;

/**
 * Caption cues from the timeline's sentences: split at sentence and clause boundaries so each cue
 * fits two lines of about 42 characters (18 for Chinese, which breaks between characters), timed
 * within the speech they caption, and never shorter than about a second on screen.
 */
public final class Captions {

    /** One caption on screen: its lines, from {@code start} to {@code end} seconds into the video. */
    public record Cue(double start, double end, List<String> lines) { }

    static final int LATIN_LINE = 42;
    static final int CJK_LINE = 18;
    private static final double SHORTEST = 1.0;

    private Captions() {
    }

    public static List<Cue> of(Timeline timeline) {
        return of(timeline, null);
    }

    /**
     * The captions in {@code language} (a translation the lesson carries), at the times the
     * video's own language is spoken: subtitles for a video narrated in another language. Null
     * means the video's own words.
     */
    public static List<Cue> of(Timeline timeline, String language) {
        List<Cue> cues = new ArrayList<>();
        for (ScenePlan scene : timeline.scenes()) {
            for (CaptionEvent caption : scene.captions()) {
                double start = scene.start() + caption.start();
                double end = start + Math.max(caption.speech(), SHORTEST);
                String text = language == null ? caption.text() : caption.say().text(language);
                cues.addAll(split(text.strip(), start, end));
            }
        }
        return cues;
    }

    static boolean isCjk(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** A sentence's cues, each given time in proportion to its length. */
    static List<Cue> split(String text, double start, double end) {
        boolean cjk = isCjk(text);
        int line = cjk ? CJK_LINE : LATIN_LINE;
        List<String> parts = new ArrayList<>();
        for (String sentence : pieces(text, "(?<=[.!?。！？])\\s*")) {
            if (sentence.length() <= 2 * line) {
                parts.add(sentence);
            } else {
                parts.addAll(fill(pieces(sentence, "(?<=[,;:，；：、])\\s*"), 2 * line, cjk));
            }
        }
        parts = merge(parts, 2 * line, cjk, (end - start) / Math.max(1, text.length()));
        List<Cue> cues = new ArrayList<>();
        int total = parts.stream().mapToInt(String::length).sum();
        double at = start;
        for (String part : parts) {
            double length = (end - start) * part.length() / Math.max(1, total);
            cues.add(new Cue(at, at + length, lines(part, line, cjk)));
            at += length;
        }
        return cues;
    }

    private static List<String> pieces(String text, String boundary) {
        List<String> out = new ArrayList<>();
        for (String piece : text.split(boundary)) {
            if (!piece.isBlank()) {
                out.add(piece.strip());
            }
        }
        return out;
    }

    /** Joins clauses into parts no longer than {@code most}, breaking over-long clauses at words. */
    private static List<String> fill(List<String> clauses, int most, boolean cjk) {
        List<String> out = new ArrayList<>();
        String current = "";
        for (String clause : clauses) {
            for (String piece : breakLong(clause, most, cjk)) {
                String joined = current.isEmpty() ? piece : current + (cjk ? "" : " ") + piece;
                if (joined.length() <= most) {
                    current = joined;
                } else {
                    out.add(current);
                    current = piece;
                }
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    private static List<String> breakLong(String text, int most, boolean cjk) {
        List<String> out = new ArrayList<>();
        if (cjk) {
            for (int i = 0; i < text.length(); i += most) {
                out.add(text.substring(i, Math.min(text.length(), i + most)));
            }
            return out;
        }
        String current = "";
        for (String word : text.split(" ")) {
            String joined = current.isEmpty() ? word : current + " " + word;
            if (joined.length() > most && !current.isEmpty()) {
                out.add(current);
                current = word;
            } else {
                current = joined;
            }
        }
        out.add(current);
        return out;
    }

    /** Joins parts that would be on screen for less than a second to their neighbour, where they fit. */
    private static List<String> merge(List<String> parts, int most, boolean cjk, double secondsPerChar) {
        List<String> out = new ArrayList<>(parts);
        boolean changed = true;
        while (changed && out.size() > 1) {
            changed = false;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).length() * secondsPerChar >= SHORTEST) {
                    continue;
                }
                int with = i + 1 < out.size() ? i + 1 : i - 1;
                int a = Math.min(i, with);
                String joined = out.get(a) + (cjk ? "" : " ") + out.get(a + 1);
                if (joined.length() <= most + most / 2) {
                    out.set(a, joined);
                    out.remove(a + 1);
                    changed = true;
                    break;
                }
            }
        }
        return out;
    }

    /** At most two lines of about {@code width} characters: at spaces, or between Chinese characters. */
    static List<String> lines(String text, int width, boolean cjk) {
        if (text.length() <= width) {
            return List.of(text);
        }
        if (cjk) {
            int cut = (text.length() + 1) / 2;
            return List.of(text.substring(0, cut), text.substring(cut));
        }
        int middle = text.length() / 2;
        int best = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return best < 0 ? List.of(text) : List.of(text.substring(0, best), text.substring(best + 1));
    }
}
