package org.lessonstudio.app.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.edit.Completion.Sort;
import org.lessonstudio.dsl.ast.SceneAst;
import org.lessonstudio.dsl.check.Words;
import org.lessonstudio.dsl.model.ColorName;
import org.lessonstudio.dsl.model.Easing;
import org.lessonstudio.dsl.model.FootageSettings;
import org.lessonstudio.dsl.model.ScreenPlace;
import org.lessonstudio.dsl.model.Shape;
import org.lessonstudio.dsl.model.Theme;
import org.lessonstudio.dsl.parse.Vocabulary;
import org.lessonstudio.voice.Narrator;

/**
 * What may be written at the caret, from what the line says so far: kinds and actions at the
 * start of a line, a kind's clauses after its colon or a comma, the names of the scene and their
 * parts ({@code P.x}), colours after {@code color}, easings after {@code ease}, places after
 * {@code at}, the lesson line's settings and their choices, a footage line's clauses and choices.
 * Every list comes from the language's own declarations ({@link Words}, {@link Vocabulary}, the
 * model's enums), so a new kind or clause is offered without a change here.
 */
public final class Completions {

    /** The offers, and where the word they replace starts (the caret is where it ends). */
    public record Answer(int from, List<Completion> items) { }

    private static final Pattern WORD_BEFORE = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*$");
    private static final Pattern MEMBER = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z0-9_-]*)$");
    private static final Pattern SETTING = Pattern.compile("^\\s+([a-z]+)\\s*:(.*)$");

    private final LessonDraft draft;
    private final Env env;

    private Completions(LessonDraft draft, Env env) {
        this.draft = draft;
        this.env = env;
    }

    /** The offers at {@code offset} in the draft. */
    public static Answer at(LessonDraft draft, int offset, Env env) {
        return new Completions(draft, env).answer(offset);
    }

    private Answer answer(int offset) {
        String text = draft.text();
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        if (offset > 0 && text.charAt(offset - 1) == '\n') {
            lineStart = offset;
        }
        String before = text.substring(lineStart, offset);
        Matcher word = WORD_BEFORE.matcher(before);
        int from = word.find() ? lineStart + word.start() : offset;
        String head = before.substring(0, from - lineStart);
        return new Answer(from, offers(head, offset, lineStart));
    }

    private List<Completion> offers(String head, int offset, int lineStart) {
        Matcher member = MEMBER.matcher(head + "x");
        if (head.endsWith(".") && member.find()) {
            return members(member.group(1), offset);
        }
        if (inHeader(lineStart)) {
            return header(head);
        }
        String line = head.stripLeading();
        if (line.isEmpty()) {
            return head.isEmpty() ? List.of(keyword("scene", "a new scene")) : lineStarts();
        }
        if (open(head)) {
            return List.of();
        }
        Optional<String> kind = definedKind(line);
        String clause = currentClause(line);
        List<String> words = List.of(clause.strip().split("\\s+"));
        String first = words.get(0);
        if (kind.isPresent() && line.contains(":") && clause.isBlank()) {
            return clauses(kind.get());
        }
        String last = words.get(words.size() - 1);
        if (last.equals("color") || last.equals("fill")) {
            return colours();
        }
        if (last.equals("ease")) {
            return easings();
        }
        String verb = line.split("\\s+")[0];
        if (verb.equals("footage")) {
            if (clause.isBlank()) {
                return Words.footageClauses().stream().map(c -> new Completion(c, Sort.CLAUSE, "clause of footage",
                        Reference.language().about("footage").orElse(""))).toList();
            }
            return footageChoices(first);
        }
        List<Completion> all = new ArrayList<>();
        if (last.equals("at")) {
            all.addAll(places());
        }
        all.addAll(names(offset));
        return all;
    }

    /** Inside an unfinished quoted text or a bracket nothing but names can follow; in quotes nothing. */
    private static boolean open(String head) {
        long quotes = head.chars().filter(c -> c == '"').count();
        return quotes % 2 == 1;
    }

    private boolean inHeader(int lineStart) {
        return draft.ast().scenes().isEmpty() ? lineStart > 0 && !draft.text().startsWith("scene", lineStart)
                : lineStart < draft.ast().scenes().get(0).span().start();
    }

    private List<Completion> header(String head) {
        Matcher setting = SETTING.matcher(head);
        if (!setting.find()) {
            return head.isBlank() ? Words.settings().stream().map(s -> new Completion(s, Sort.SETTING,
                    "setting of the lesson", Reference.language().setting(s).orElse(""))).toList() : List.of();
        }
        String key = setting.group(1);
        List<String> choices = switch (key) {
            case "theme" -> Theme.words();
            case "footage" -> FootageSettings.PROVIDERS;
            case "voice" -> voices();
            case "safety" -> List.of("strict", "standard");
            case "watermark" -> List.of("on", "off");
            default -> List.of();
        };
        return choices.stream().map(c -> new Completion(c, Sort.CHOICE, key,
                Reference.language().setting(key).orElse(""))).toList();
    }

    private List<String> voices() {
        List<String> voices = new ArrayList<>(Narrator.standardEngines(env.forStages()).keySet().stream().sorted()
                .toList());
        voices.add("none");
        return voices;
    }

    private List<Completion> lineStarts() {
        List<Completion> all = new ArrayList<>();
        for (String kind : Vocabulary.OBJECT_KINDS) {
            all.add(new Completion(kind, Sort.KIND, "kind of object",
                    Reference.language().about(kind).orElse("")));
        }
        for (String verb : Vocabulary.ACTIONS) {
            String word = verb.equals("fade") ? "fade in" : verb;
            all.add(new Completion(word, Sort.ACTION, "action", Reference.language().about(word).orElse("")));
            if (verb.equals("fade")) {
                all.add(new Completion("fade out", Sort.ACTION, "action",
                        Reference.language().about("fade out").orElse("")));
            }
        }
        all.add(keyword("value", "a number that can change: value t = 0"));
        return all;
    }

    private static Completion keyword(String word, String detail) {
        return new Completion(word, Sort.KEYWORD, detail, Reference.language().about(word + "s")
                .or(() -> Reference.language().about(word)).orElse(""));
    }

    /** The kind a line defines ({@code circle c: …}, {@code number line n: …}), if it defines one. */
    private static Optional<String> definedKind(String line) {
        String[] words = line.split("\\s+", 4);
        if (words.length >= 3) {
            Optional<String> two = Words.kind(words[0] + " " + words[1]);
            if (two.isPresent()) {
                return two;
            }
        }
        return words.length >= 2 ? Words.kind(words[0]) : Optional.empty();
    }

    /** What is written of the clause the caret is in: after the last colon or comma not in brackets. */
    private static String currentClause(String line) {
        int depth = 0;
        boolean quoted = false;
        int start = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (!quoted && depth == 0 && (c == ',' || c == ':')) {
                start = i;
            }
        }
        return start < 0 ? line.substring(line.indexOf(' ') < 0 ? line.length() : line.indexOf(' ')) + " "
                : line.substring(start + 1);
    }

    private static List<Completion> clauses(String kind) {
        String doc = Reference.language().about(kind).orElse("");
        return Words.clauses(kind).stream().map(c -> new Completion(c, Sort.CLAUSE, "clause of " + kind, doc))
                .toList();
    }

    private static List<Completion> colours() {
        List<Completion> all = new ArrayList<>();
        for (ColorName colour : ColorName.themeColours()) {
            all.add(new Completion(colour.word(), Sort.COLOUR, "colour",
                    Reference.language().about("colours").orElse("")));
        }
        return all;
    }

    private static List<Completion> easings() {
        String doc = Reference.language().about("easing").orElse("");
        List<Completion> all = new ArrayList<>();
        for (Easing easing : Easing.values()) {
            all.add(new Completion(easing.word(), Sort.EASING, "easing", doc));
        }
        return all;
    }

    private static List<Completion> places() {
        String doc = Reference.language().about("where writing goes").orElse("");
        List<Completion> all = new ArrayList<>();
        for (ScreenPlace place : ScreenPlace.values()) {
            all.add(new Completion(place.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), Sort.PLACE,
                    "place on the screen", doc));
        }
        return all;
    }

    /** A footage line's choices after {@code blend}, {@code fit}, {@code transition}, {@code timing}, {@code from}. */
    private static List<Completion> footageChoices(String clause) {
        String doc = Reference.language().about("footage").orElse("");
        if (clause.equals("from")) {
            return FootageSettings.PROVIDERS.stream().map(p -> new Completion(p, Sort.CHOICE, "footage source", doc))
                    .toList();
        }
        for (var part : Shape.Framing.class.getRecordComponents()) {
            if (part.getName().equals(clause) && part.getType().isEnum()) {
                List<Completion> all = new ArrayList<>();
                for (Object choice : part.getType().getEnumConstants()) {
                    all.add(new Completion(choice.toString().toLowerCase(java.util.Locale.ROOT), Sort.CHOICE,
                            clause + " of footage", doc));
                }
                return all;
            }
        }
        return List.of();
    }

    /** The names of the scene the caret is in, defined before the caret's line or on it. */
    private List<Completion> names(int offset) {
        int scene = sceneAt(offset);
        Set<String> seen = new LinkedHashSet<>();
        List<Completion> all = new ArrayList<>();
        for (Names.Defined d : draft.names().inScene(scene)) {
            if (d.line().start() < offset && seen.add(d.name())) {
                all.add(new Completion(d.name(), Sort.NAME, d.kind(),
                        "`" + draft.text().substring(d.line().start(), d.line().end()).strip() + "`"));
            }
        }
        return all;
    }

    private List<Completion> members(String name, int offset) {
        int scene = sceneAt(offset);
        for (Names.Defined d : draft.names().inScene(scene)) {
            if (d.name().equals(name)) {
                return Words.members(d.kind()).entrySet().stream().map(e -> new Completion(e.getKey(), Sort.MEMBER,
                        e.getValue(), "the " + e.getKey() + " of " + d.kind() + " `" + name + "`")).toList();
            }
        }
        return List.of();
    }

    /** The index of the scene that holds {@code offset}: the last one starting before it. */
    int sceneAt(int offset) {
        List<SceneAst> scenes = draft.ast().scenes();
        int index = 0;
        for (int i = 0; i < scenes.size(); i++) {
            if (scenes.get(i).span().start() <= offset) {
                index = i;
            }
        }
        return index;
    }
}
