package org.lessonstudio.footage.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds every concept a text says, in every reading of it ({@link Normaliser}): words by their
 * stems, phrases word by word within a sentence, misspellings of the words marked {@code ~},
 * beginnings marked {@code *}, and Chinese words as smartcn segments them (an entry matches only
 * whole words, so 杀 is not found in 杀菌). Phrases of the {@code allow} concept ("shooting star")
 * are taken out first, so the words inside them count for nothing.
 */
final class ConceptFinder {

    private record Indexed(String concept, Entry entry) { }

    private final Map<String, List<Indexed>> byFirstTerm = new HashMap<>();
    /** One-word entries by their Porter root, so "killing" finds "kill" where KStem keeps "killing". */
    private final Map<String, List<Indexed>> byRoot = new HashMap<>();
    private final Map<String, List<Indexed>> han = new HashMap<>();
    private final List<Indexed> fuzzy = new ArrayList<>();
    private final List<Indexed> prefixes = new ArrayList<>();
    private int longestHan = 1;

    ConceptFinder(Map<String, List<Entry>> concepts) {
        concepts.forEach((concept, entries) -> {
            for (Entry entry : entries) {
                Indexed indexed = new Indexed(concept, entry);
                if (entry instanceof Entry.Words words) {
                    byFirstTerm.computeIfAbsent(words.terms().get(0), k -> new ArrayList<>()).add(indexed);
                    if (words.terms().size() == 1 && !words.root().isEmpty()) {
                        byRoot.computeIfAbsent(words.root(), k -> new ArrayList<>()).add(indexed);
                    }
                } else if (entry instanceof Entry.Han chinese) {
                    han.computeIfAbsent(chinese.characters(), k -> new ArrayList<>()).add(indexed);
                    longestHan = Math.max(longestHan, chinese.characters().length());
                } else if (entry instanceof Entry.Fuzzy f) {
                    fuzzy.add(indexed);
                    byFirstTerm.computeIfAbsent(f.term(), k -> new ArrayList<>()).add(indexed);
                } else if (entry instanceof Entry.Prefix) {
                    prefixes.add(indexed);
                }
            }
        });
    }

    /** Every concept said in the text, each place once, as said or only denied. */
    List<Found> find(String text) {
        return read(text).concepts();
    }

    /** The concepts the text says and every word of every reading of it, as the learned layer reads them. */
    Said read(String text) {
        Map<String, Found> found = new LinkedHashMap<>();
        List<Said.Word> all = new ArrayList<>();
        int readingNumber = 0;
        for (Normalised reading : Normaliser.readings(text)) {
            List<Token> words = Analysis.words(reading.text());
            boolean[] allowed = new boolean[words.size()];
            List<int[]> places = new ArrayList<>();
            List<String> concepts = new ArrayList<>();
            match(words, allowed, true, places, concepts);
            match(words, allowed, false, places, concepts);
            for (int i = 0; i < places.size(); i++) {
                int[] place = places.get(i);
                String concept = concepts.get(i);
                int[] span = reading.span(words.get(place[0]).start(), words.get(place[1] - 1).end());
                boolean denied = Denial.denied(words, place[0]);
                String key = concept + "@" + span[0] + ":" + span[1];
                Found before = found.get(key);
                if (before == null || (before.denied() && !denied)) {
                    found.put(key, new Found(concept, span[0], span[1], denied));
                }
            }
            for (int i = 0; i < words.size(); i++) {
                Token word = words.get(i);
                int[] span = reading.span(word.start(), word.end());
                all.add(new Said.Word(word.root(), word.han(), span[0], span[1], allowed[i], Denial.denied(words, i),
                        word.gap(), readingNumber));
            }
            readingNumber++;
        }
        return new Said(List.copyOf(found.values()), List.copyOf(all));
    }

    /**
     * Matches entries at every word: the allow concept's only ({@code allowing}), marking the words
     * they cover, or every other concept's, skipping marked words. Adds {@code [first, end)} word
     * places and their concepts.
     */
    private void match(List<Token> words, boolean[] allowed, boolean allowing, List<int[]> places,
                       List<String> concepts) {
        // while allowing, a phrase is looked for whatever shorter allowed phrase covers its words already
        // ("walking free from prison" although "walking free" is allowed too)
        boolean[] marked = allowing ? new boolean[words.size()] : allowed;
        for (int i = 0; i < words.size(); i++) {
            if (marked[i]) {
                continue;
            }
            Token word = words.get(i);
            List<Indexed> candidates = new ArrayList<>();
            candidates.addAll(byFirstTerm.getOrDefault(word.term(), List.of()));
            if (!word.surface().equals(word.term())) {
                candidates.addAll(byFirstTerm.getOrDefault(word.surface(), List.of()));
            }
            if (!word.han()) {
                byRoot.getOrDefault(word.root(), List.of()).stream().filter(c -> !candidates.contains(c))
                        .forEach(candidates::add);
            }
            for (Indexed candidate : candidates) {
                if (candidate.concept().equals(RuleBook.ALLOW) != allowing) {
                    continue;
                }
                int end = candidate.entry() instanceof Entry.Words w ? phraseEnd(words, i, w.terms(), marked) : i + 1;
                if (end > 0) {
                    add(i, end, candidate.concept(), allowing, allowed, places, concepts);
                }
            }
            if (word.han()) {
                matchHan(words, i, allowed, allowing, places, concepts);
            } else {
                for (Indexed f : fuzzy) {
                    if (f.concept().equals(RuleBook.ALLOW) == allowing && misspelt(word, (Entry.Fuzzy) f.entry())) {
                        add(i, i + 1, f.concept(), allowing, allowed, places, concepts);
                    }
                }
                if (word.surface().indexOf(Normaliser.HIDDEN) >= 0) {
                    matchHidden(word, i, allowing, allowed, places, concepts);
                }
            }
            for (Indexed p : prefixes) {
                if (p.concept().equals(RuleBook.ALLOW) == allowing
                        && word.surface().startsWith(((Entry.Prefix) p.entry()).start())) {
                    add(i, i + 1, p.concept(), allowing, allowed, places, concepts);
                }
            }
        }
    }

    private static void add(int from, int to, String concept, boolean allowing, boolean[] allowed,
                            List<int[]> places, List<String> concepts) {
        if (allowing) {
            java.util.Arrays.fill(allowed, from, to, true);
        } else {
            places.add(new int[] {from, to});
            concepts.add(concept);
        }
    }

    /** Where a phrase starting at word {@code at} ends, or -1 when it does not stand there. */
    private static int phraseEnd(List<Token> words, int at, List<String> terms, boolean[] allowed) {
        return rest(words, at + 1, terms, 1, allowed);
    }

    /** Where the phrase's terms from {@code term} on end when they start at word {@code at}; -1 if they do not. */
    private static int rest(List<Token> words, int at, List<String> terms, int term, boolean[] allowed) {
        if (term == terms.size()) {
            return at;
        }
        if (terms.get(term).equals(Entry.Words.GAP)) {
            for (int skip = 0; skip <= Entry.Words.GAP_WORDS; skip++) {
                if (skip > 0 && (at + skip - 1 >= words.size() || words.get(at + skip - 1).gap() == Token.STOP)) {
                    return -1;
                }
                int end = rest(words, at + skip, terms, term + 1, allowed);
                if (end > 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= words.size()) {
            return -1;
        }
        Token word = words.get(at);
        if (allowed[at] || word.gap() == Token.STOP
                || !(word.term().equals(terms.get(term)) || word.surface().equals(terms.get(term)))) {
            return -1;
        }
        return rest(words, at + 1, terms, term + 1, allowed);
    }

    /** Chinese words from {@code at} on whose characters together are an entry. */
    private void matchHan(List<Token> words, int at, boolean[] allowed, boolean allowing, List<int[]> places,
                          List<String> concepts) {
        StringBuilder joined = new StringBuilder();
        for (int k = at; k < words.size() && words.get(k).han() && !allowed[k]
                && (k == at || words.get(k).gap() == Token.NONE); k++) {
            joined.append(words.get(k).surface());
            if (joined.length() > longestHan) {
                return;
            }
            for (Indexed entry : han.getOrDefault(joined.toString(), List.of())) {
                if (entry.concept().equals(RuleBook.ALLOW) == allowing) {
                    add(at, k + 1, entry.concept(), allowing, allowed, places, concepts);
                }
            }
        }
    }

    /** A word with a letter hidden by a star ("s*x") matches the entries it can be. */
    private void matchHidden(Token word, int at, boolean allowing, boolean[] allowed, List<int[]> places,
                             List<String> concepts) {
        Pattern pattern = Pattern.compile(Pattern.quote(word.surface())
                .replace(String.valueOf(Normaliser.HIDDEN), "\\E\\p{L}{1,2}\\Q"));
        byFirstTerm.forEach((term, entries) -> {
            if (pattern.matcher(term).matches()) {
                for (Indexed entry : entries) {
                    boolean single = !(entry.entry() instanceof Entry.Words w) || w.terms().size() == 1;
                    if (single && entry.concept().equals(RuleBook.ALLOW) == allowing) {
                        add(at, at + 1, entry.concept(), allowing, allowed, places, concepts);
                    }
                }
            }
        });
    }

    /** A word that is the entry's with one letter wrong, missing, extra, or two swapped. */
    private static boolean misspelt(Token word, Entry.Fuzzy entry) {
        String s = word.surface();
        return s.length() >= 4 && Math.abs(s.length() - entry.word().length()) <= 1
                && (oneEditApart(s, entry.word()) || oneEditApart(word.term(), entry.term()));
    }

    /** Damerau-Levenshtein distance of at most one. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
