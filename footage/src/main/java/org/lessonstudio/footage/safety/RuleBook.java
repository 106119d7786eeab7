package org.lessonstudio.footage.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the offline check knows, read from plain files a school's IT person can read: the
 * categories ({@code categories.txt}), the concepts in each language ({@code concepts-en.txt},
 * {@code concepts-zh.txt}) and the rules that combine them ({@code rules.txt}), as they come with
 * Lesson Studio (templates/safety) and as a school adds to them in its own folder.
 *
 * @param categories by name
 * @param concepts   by name, each with every way it is said
 * @param rules      in the order written
 */
record RuleBook(Map<String, Category> categories, Map<String, List<Entry>> concepts, List<Rule> rules) {

    /** The files that come with Lesson Studio, in the order they are read. */
    static final List<String> SHIPPED = List.of("categories.txt", "concepts-en.txt", "concepts-zh.txt", "rules.txt");

    /** The concept whose phrases are fine although a listed word is inside them ("shooting star"). */
    static final String ALLOW = "allow";

    /** One file to read: its name for messages, its text, and whether it is Lesson Studio's own. */
    record Source(String name, String text, boolean shipped) { }

    /** Lesson Studio's own files and, when {@code school} is a folder, the school's. */
    static RuleBook load(Path school) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (String name : SHIPPED) {
            try (InputStream in = RuleBook.class.getResourceAsStream("/org/lessonstudio/footage/safety/" + name)) {
                if (in == null) {
                    throw new IOException("the safety file " + name + " is missing from Lesson Studio");
                }
                sources.add(new Source(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), true));
            }
        }
        if (school != null && Files.isDirectory(school)) {
            Set<Path> files = new TreeSet<>();
            try (DirectoryStream<Path> list = Files.newDirectoryStream(school, "*.txt")) {
                list.forEach(files::add);
            }
            for (Path file : files) {
                sources.add(new Source(file.toString(), Files.readString(file), false));
            }
        }
        return read(sources);
    }

    /** The rule book the sources make together. */
    static RuleBook read(List<Source> sources) throws SafetyRulesException {
        Map<String, Category> categories = new LinkedHashMap<>();
        Map<String, List<Entry>> concepts = new LinkedHashMap<>();
        List<RuleBookReader.Written> rules = new ArrayList<>();
        RuleBookReader reader = new RuleBookReader(categories, concepts, rules);
        for (Source source : sources) {
            reader.categories(source);
        }
        for (Source source : sources) {
            reader.concepts(source);
        }
        reader.expandCombinations();
        for (Source source : sources) {
            reader.rules(source);
        }
        List<Rule> checked = new ArrayList<>();
        for (RuleBookReader.Written rule : rules) {
            checked.add(rule.check(categories, concepts));
        }
        concepts.replaceAll((name, entries) -> List.copyOf(entries));
        return new RuleBook(Map.copyOf(categories), Map.copyOf(concepts), List.copyOf(checked));
    }
}
