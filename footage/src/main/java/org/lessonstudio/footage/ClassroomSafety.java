package org.lessonstudio.footage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The classroom-safety policy every footage description passes before any video service sees it.
 * Its word lists are data (templates/safety/standard.txt and strict.txt, and a school's own files),
 * so a school can read and extend them; a description that uses a listed word is refused with the
 * word and its category named.
 */
public final class ClassroomSafety {

    /** A listed word or phrase found in a description, and the category it belongs to. */
    public record Finding(String category, String word) { }

    private record Rule(String category, String word, Pattern pattern) { }

    /** The category whose phrases are always fine, even with a listed word inside ("naked mole rat"). */
    static final String ALLOW = "allow";

    private final List<Rule> rules;

    private ClassroomSafety(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The policy at a level ({@code strict} or {@code standard}): the lists that come with Lesson
     * Studio, and the school's own from {@code schoolFolder} (ignored when it does not exist).
     */
    public static ClassroomSafety at(String level, Path schoolFolder) throws IOException {
        List<String> files = level.equals("standard") ? List.of("standard.txt") : List.of("standard.txt", "strict.txt");
        List<Rule> rules = new ArrayList<>();
        for (String name : files) {
            try (InputStream in = ClassroomSafety.class.getResourceAsStream("safety/" + name)) {
                if (in == null) {
                    throw new IOException("the safety list " + name + " is missing from Lesson Studio");
                }
                read(new String(in.readAllBytes(), StandardCharsets.UTF_8), rules);
            }
            Path school = schoolFolder == null ? null : schoolFolder.resolve(name);
            if (school != null && Files.isRegularFile(school)) {
                read(Files.readString(school), rules);
            }
        }
        return new ClassroomSafety(rules);
    }

    /** Where a school keeps its own lists: $XDG_CONFIG_HOME/lesson-studio/safety, or ~/.config/…. */
    public static Path schoolFolder(Map<String, String> environment) {
        String config = environment.get("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() ? Path.of(config)
                : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("lesson-studio").resolve("safety");
    }

    /** Every listed word the text uses, in the order of the lists, each once. */
    public List<Finding> check(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (rule.category().equals(ALLOW)) {
                lower = rule.pattern().matcher(lower).replaceAll(" ");
            }
        }
        Map<String, Finding> found = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (!rule.category().equals(ALLOW) && !found.containsKey(rule.word()) && rule.pattern().matcher(lower).find()) {
                found.put(rule.word(), new Finding(rule.category(), rule.word()));
            }
        }
        return List.copyOf(found.values());
    }

    /** A listed word in an expanded prompt, and who put it there: the lesson or the template. */
    public record PromptFinding(Finding finding, PromptPiece.Origin origin) { }

    /**
     * Where a template forbids something, its words are not counted: from a negating word (no, not,
     * never, nor, without, avoid, don't; 不要, 不得, 禁止, 没有, 避免) to the end of the sentence or clause.
     */
    private static final Pattern FORBIDDING = Pattern.compile("(?:(?<![\\p{L}\\p{N}])(?:no|not|never|nor|without"
            + "|avoid|avoiding|don't|don\u2019t|do not)(?![\\p{L}\\p{N}])|不要|不得|禁止|没有|避免)"
            + "[^.!?;:\\n\u3002\uff01\uff1f\uff1b\uff1a]*");

    /**
     * Every listed word an expanded prompt uses: the lesson's words (its description, title,
     * audience) as they are, and the template's own words too, except where they forbid something,
     * so a template may say "No text, captions, logos or watermarks" but not "in the style of Disney".
     */
    public List<PromptFinding> check(List<PromptPiece> prompt) {
        StringBuilder lesson = new StringBuilder();
        StringBuilder template = new StringBuilder();
        for (PromptPiece piece : prompt) {
            switch (piece.origin()) {
                case LESSON -> {
                    lesson.append(piece.text()).append('\n');
                    template.append('\n');
                }
                case TEMPLATE -> template.append(piece.text());
            }
        }
        List<PromptFinding> found = new ArrayList<>();
        check(lesson.toString()).forEach(f -> found.add(new PromptFinding(f, PromptPiece.Origin.LESSON)));
        String ownWords = FORBIDDING.matcher(template.toString().toLowerCase(Locale.ROOT)).replaceAll(" ");
        check(ownWords).forEach(f -> found.add(new PromptFinding(f, PromptPiece.Origin.TEMPLATE)));
        return List.copyOf(found);
    }

    private static void read(String list, List<Rule> into) {
        for (String line : list.split("\n")) {
            String rule = line.strip();
            int colon = rule.indexOf(':');
            if (rule.isEmpty() || rule.startsWith("#") || colon < 0) {
                continue;
            }
            String category = rule.substring(0, colon).strip();
            for (String word : rule.substring(colon + 1).split(",")) {
                String w = word.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty()) {
                    into.add(new Rule(category, w, pattern(w)));
                }
            }
        }
    }

    /** Whole words (with plural, -ed and -ing forms); words of scripts without spaces match anywhere. */
    private static Pattern pattern(String word) {
        boolean spaced = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
        if (!spaced) {
            return Pattern.compile(Pattern.quote(word));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(s|es|ed|ing)?(?![\\p{L}\\p{N}])");
    }
}
