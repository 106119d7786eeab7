package org.lessonstudio.footage.safety;

import java.util.List;

/** Reads one entry of a concept as written: "open fire", "suicide~", "decapitat*", "自杀", "枪*". */
final class Entries {

    private Entries() {
    }

    static Entry of(String written, String where) throws SafetyRulesException {
        boolean fuzzy = written.endsWith("~");
        boolean prefix = written.endsWith("*");
        String body = fuzzy || prefix ? written.substring(0, written.length() - 1).strip() : written;
        String plain = Normaliser.readings(body).get(0).text().strip();
        if (plain.isEmpty()) {
            throw new SafetyRulesException(where + ": `" + written + "` has no word in it");
        }
        boolean han = plain.codePoints().anyMatch(Analysis::isHan);
        if (prefix) {
            return new Entry.Prefix(written, han ? plain.replaceAll("\\s+", "") : plain);
        }
        if (han) {
            if (fuzzy) {
                throw new SafetyRulesException(where + ": `~` (misspellings) is for words in an alphabet, not"
                        + " Chinese: `" + written + "`");
            }
            return new Entry.Han(written, plain.replaceAll("\\s+", ""));
        }
        List<String> terms = new java.util.ArrayList<>();
        String[] parts = plain.split("\\.\\.\\.|\u2026", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                if (terms.isEmpty()) {
                    throw new SafetyRulesException(where + ": `...` stands between words, not at the start: `"
                            + written + "`");
                }
                terms.add(Entry.Words.GAP);
            }
            Analysis.words(parts[i]).forEach(t -> terms.add(t.term()));
        }
        if (!terms.isEmpty() && terms.get(terms.size() - 1).equals(Entry.Words.GAP)) {
            throw new SafetyRulesException(where + ": `...` stands between words, not at the end: `" + written + "`");
        }
        if (terms.isEmpty()) {
            throw new SafetyRulesException(where + ": `" + written + "` has no word in it");
        }
        if (fuzzy) {
            if (terms.size() != 1 || plain.length() < 5) {
                throw new SafetyRulesException(where + ": `~` (misspellings) is for one word of five letters or"
                        + " more: `" + written + "`");
            }
            return new Entry.Fuzzy(written, plain, terms.get(0));
        }
        List<Token> words = Analysis.words(plain);
        // only a word written in its plain form is found by its root: "kill" finds "killing", but
        // "training" is not found by "train"
        String root = terms.size() == 1 && words.size() == 1 && words.get(0).root().equals(words.get(0).surface())
                ? words.get(0).root() : "";
        return new Entry.Words(written, terms, root);
    }

    /** The terms of a piece of an entry, {@link Entry.Words#GAP} for each {@code ...}, as {@link #of} finds them. */
    static List<String> terms(String piece) {
        String plain = Normaliser.readings(piece).get(0).text();
        List<String> terms = new java.util.ArrayList<>();
        String[] parts = plain.split("\\.\\.\\.|\u2026", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                terms.add(Entry.Words.GAP);
            }
            Analysis.words(parts[i]).forEach(t -> terms.add(t.term()));
        }
        return terms;
    }
}
