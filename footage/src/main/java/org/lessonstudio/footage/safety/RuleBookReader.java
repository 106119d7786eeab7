package org.lessonstudio.footage.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the safety files' three shapes. A category or a rule is a block: its first line names it,
 * the indented lines under it say {@code key: value}. A concept is one line, {@code name: a word, a
 * phrase, …}, and indented lines under it go on with it. {@code #} starts a comment. A school's
 * {@code standard.txt} and {@code strict.txt} may still be plain lists ({@code category: word, …}).
 */
final class RuleBookReader {

    /** A rule as written, checked once every file is read (a rule may use a concept from another file). */
    record Written(String name, String category, String when, String unless, boolean evenDenied, String where) {
        Rule check(Map<String, Category> categories, Map<String, List<Entry>> concepts)
                throws SafetyRulesException {
            Category c = categories.get(category);
            if (c == null) {
                throw new SafetyRulesException(where + ": rule `" + name + "` names no category it refuses in"
                        + (category == null ? "" : " (there is no category `" + category + "`)"));
            }
            if (when == null) {
                throw new SafetyRulesException(where + ": rule `" + name + "` has no `when:` line");
            }
            Expr condition = ConditionReader.read(when, where);
            Expr exception = unless == null ? null : ConditionReader.read(unless, where);
            Set<String> named = new TreeSet<>();
            condition.concepts(named);
            if (exception != null) {
                exception.concepts(named);
            }
            named.removeAll(concepts.keySet());
            if (!named.isEmpty()) {
                throw new SafetyRulesException(where + ": rule `" + name + "` uses "
                        + (named.size() == 1 ? "a concept" : "concepts") + " no file defines: "
                        + String.join(", ", named));
            }
            return new Rule(name, c, condition, exception, evenDenied, where);
        }
    }

    private final Map<String, Category> categories;
    private final Map<String, List<Entry>> concepts;
    private final List<Written> rules;
    private final Set<String> shippedCategories = new TreeSet<>();

    RuleBookReader(Map<String, Category> categories, Map<String, List<Entry>> concepts, List<Written> rules) {
        this.categories = categories;
        this.concepts = concepts;
        this.rules = rules;
    }

    private static String base(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    private static boolean legacy(RuleBook.Source source) {
        String file = base(source.name());
        return !source.shipped() && (file.equals("standard.txt") || file.equals("strict.txt"));
    }

    void categories(RuleBook.Source source) throws SafetyRulesException {
        if (legacy(source)) {
            legacyCategories(source);
            return;
        }
        for (Block block : blocks(source, "category")) {
            if (!source.shipped() && shippedCategories.contains(block.name())) {
                throw new SafetyRulesException(block.where() + ": `" + block.name() + "` is one of Lesson Studio's"
                        + " own categories; a school can add rules to it, not change it");
            }
            String level = block.values().get("refused");
            Category.Refused refused = level == null ? null : Category.Refused.named(level);
            if (refused == null) {
                throw new SafetyRulesException(block.where() + ": category `" + block.name() + "` needs `refused:"
                        + " never`, `refused: standard` or `refused: strict`");
            }
            categories.put(block.name(), new Category(block.name(), refused,
                    block.values().getOrDefault("covers", block.name().replace('-', ' ')),
                    block.values().getOrDefault("rephrase", "describe the shot without these words")));
            if (source.shipped()) {
                shippedCategories.add(block.name());
            }
        }
    }

    void concepts(RuleBook.Source source) throws SafetyRulesException {
        String file = base(source.name());
        if (legacy(source)) {
            legacyConcepts(source);
            return;
        }
        if (!file.startsWith("concepts")) {
            return;
        }
        String current = null;
        int lineNumber = 0;
        for (String line : source.text().split("\n", -1)) {
            lineNumber++;
            String text = uncommented(line);
            if (text.isBlank()) {
                continue;
            }
            String where = source.name() + ":" + lineNumber;
            if (Character.isWhitespace(text.charAt(0))) {
                if (current == null) {
                    throw new SafetyRulesException(where + ": an indented line goes on with a concept, but no"
                            + " concept is above it");
                }
                addEntries(current, text, where);
                continue;
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new SafetyRulesException(where + ": a concept is written `name: word, a phrase, another`");
            }
            current = name(text.substring(0, colon), where);
            concepts.computeIfAbsent(current, k -> new ArrayList<>());
            addEntries(current, text.substring(colon + 1), where);
        }
    }

    void rules(RuleBook.Source source) throws SafetyRulesException {
        if (legacy(source)) {
            return;
        }
        for (Block block : blocks(source, "rule")) {
            rules.add(new Written(block.name(), block.values().get("category"), block.values().get("when"),
                    block.values().get("unless"), yes(block.values().get("counts denied")), block.where()));
        }
    }

    private void addEntries(String concept, String list, String where) throws SafetyRulesException {
        for (String written : list.split("[,\uff0c\u3001]")) {
            if (written.isBlank()) {
                continue;
            }
            if (written.indexOf('[') >= 0) {
                combinations.add(new String[] {concept, written.strip(), where});
            } else {
                concepts.get(concept).add(Entries.of(written.strip(), where));
            }
        }
    }

    /** Entries naming other concepts in brackets ("[body-part] ... torn open"), expanded once every file is read. */
    private final List<String[]> combinations = new ArrayList<>();

    /**
     * Expands each entry that names concepts in brackets into one entry per way of saying them: "[body-part]
     * ... torn open" is "face ... torn open", "arm ... torn open", and so on. An English entry takes the
     * named concept's English entries, a Chinese one its Chinese entries. The words are analysed once
     * per part, not once per combination, so that thousands of combinations cost little to read.
     */
    void expandCombinations() throws SafetyRulesException {
        for (String[] combination : combinations) {
            String text = combination[1];
            String where = combination[2];
            boolean han = text.replaceAll("\\[[^\\]]*\\]", "").codePoints().anyMatch(Analysis::isHan);
            List<Entry> made = new ArrayList<>(List.of(han ? new Entry.Han("", "") : new Entry.Words("", List.of(), "")));
            int at = 0;
            while (at < text.length()) {
                int open = text.indexOf('[', at);
                int close = open < 0 ? -1 : text.indexOf(']', open);
                if (open >= 0 && close < 0) {
                    throw new SafetyRulesException(where + ": `[` without `]` in `" + text + "`");
                }
                String literal = text.substring(at, open < 0 ? text.length() : open);
                if (!literal.isBlank()) {
                    Entry part = han ? new Entry.Han(literal, Normaliser.readings(literal).get(0).text().replaceAll("\\s+", ""))
                            : new Entry.Words(literal, Entries.terms(literal), "");
                    made.replaceAll(before -> joined(before, part));
                }
                if (open < 0) {
                    break;
                }
                String named = text.substring(open, close + 1);
                List<Entry> ways = concepts.get(named.substring(1, named.length() - 1).strip());
                if (ways == null) {
                    throw new SafetyRulesException(where + ": " + named + " names a concept no file defines");
                }
                List<Entry> expanded = new ArrayList<>();
                for (Entry before : made) {
                    for (Entry way : ways) {
                        if (han ? way instanceof Entry.Han : way instanceof Entry.Words) {
                            expanded.add(joined(before, way));
                        }
                    }
                }
                made = expanded;
                at = close + 1;
            }
            concepts.get(combination[0]).addAll(made);
        }
        combinations.clear();
    }

    /** Two entries of the same kind one after the other. */
    private static Entry joined(Entry first, Entry second) {
        if (first instanceof Entry.Han a && second instanceof Entry.Han b) {
            return new Entry.Han(a.written() + b.written(), a.characters() + b.characters());
        }
        Entry.Words a = (Entry.Words) first;
        Entry.Words b = (Entry.Words) second;
        List<String> terms = new ArrayList<>(a.terms());
        terms.addAll(b.terms());
        return new Entry.Words(a.written() + b.written(), List.copyOf(terms), "");
    }

    /** A school's plain list: each line {@code category: word, a phrase}, refused from the file's level. */
    private void legacyCategories(RuleBook.Source source) throws SafetyRulesException {
        Category.Refused refused = base(source.name()).equals("strict.txt") ? Category.Refused.STRICT
                : Category.Refused.STANDARD;
        for (String[] line : legacyLines(source)) {
            String name = name(line[0], line[2]);
            if (!name.equals(RuleBook.ALLOW) && !categories.containsKey(name)) {
                categories.put(name, new Category(name, refused, name.replace('-', ' '),
                        "describe the shot without these words"));
            }
        }
    }

    private void legacyConcepts(RuleBook.Source source) throws SafetyRulesException {
        for (String[] line : legacyLines(source)) {
            String name = name(line[0], line[2]);
            String concept = name.equals(RuleBook.ALLOW) ? RuleBook.ALLOW : "school-" + base(source.name())
                    .replace(".txt", "") + "-" + name;
            concepts.computeIfAbsent(concept, k -> new ArrayList<>());
            addEntries(concept, line[1], line[2]);
            if (!name.equals(RuleBook.ALLOW) && rules.stream().noneMatch(r -> r.name().equals(concept))) {
                rules.add(new Written(concept, name, concept, null, true, line[2]));
            }
        }
    }

    private static List<String[]> legacyLines(RuleBook.Source source) {
        List<String[]> lines = new ArrayList<>();
        int lineNumber = 0;
        for (String line : source.text().split("\n", -1)) {
            lineNumber++;
            String text = uncommented(line).strip();
            int colon = text.indexOf(':');
            if (!text.isEmpty() && colon > 0) {
                lines.add(new String[] {text.substring(0, colon), text.substring(colon + 1),
                        source.name() + ":" + lineNumber});
            }
        }
        return lines;
    }

    /** A block: {@code kind name} on its own line, then indented {@code key: value} lines. */
    private record Block(String name, Map<String, String> values, String where) { }

    private static List<Block> blocks(RuleBook.Source source, String kind) throws SafetyRulesException {
        List<Block> blocks = new ArrayList<>();
        Block current = null;
        int lineNumber = 0;
        for (String line : source.text().split("\n", -1)) {
            lineNumber++;
            String text = uncommented(line);
            if (text.isBlank()) {
                continue;
            }
            String where = source.name() + ":" + lineNumber;
            if (!Character.isWhitespace(text.charAt(0))) {
                String[] words = text.strip().split("\\s+", 2);
                current = null;
                if (words[0].equals(kind)) {
                    if (words.length < 2) {
                        throw new SafetyRulesException(where + ": a " + kind + " needs a name: `" + kind + " my-name`");
                    }
                    current = new Block(name(words[1], where), new LinkedHashMap<>(), where);
                    blocks.add(current);
                } else if (!words[0].equals("category") && !words[0].equals("rule")) {
                    if (base(source.name()).startsWith("concepts")) {
                        continue;
                    }
                    throw new SafetyRulesException(where + ": expected `category NAME` or `rule NAME` at the start"
                            + " of a line, found `" + text.strip() + "`");
                }
                continue;
            }
            if (current == null) {
                continue;
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new SafetyRulesException(where + ": expected `key: value` under " + kind + " `"
                        + current.name() + "`");
            }
            String key = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = text.substring(colon + 1).strip();
            current.values().merge(key, value, (a, b) -> a + " " + b);
        }
        return blocks;
    }

    private static boolean yes(String value) {
        return value != null && (value.equalsIgnoreCase("yes") || value.equalsIgnoreCase("true"));
    }

    private static String uncommented(String line) {
        int hash = line.indexOf('#');
        return (hash < 0 ? line : line.substring(0, hash)).replace("\r", "");
    }

    /** A name as rules use it: lower case, words joined by hyphens ("graphic injury" → graphic-injury). */
    private static String name(String written, String where) throws SafetyRulesException {
        String name = written.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        if (name.isEmpty() || !name.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}-]*")) {
            throw new SafetyRulesException(where + ": `" + written.strip() + "` is not a name; use letters, digits"
                    + " and hyphens");
        }
        return name;
    }
}
