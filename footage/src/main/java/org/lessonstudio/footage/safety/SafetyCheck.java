package org.lessonstudio.footage.safety;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lessonstudio.footage.PromptPiece;

/**
 * The offline classroom-safety check every footage prompt passes before any video service sees
 * it; no account, nothing sent. A text is read in every way it may be disguised ({@link
 * Normaliser}), split into words and stemmed (English) or segmented (Chinese) by Lucene, the
 * concepts it says are found ({@link ConceptFinder}); the rules that combine them decide, and
 * beside them the learned weights ({@link LearnedWeights}) add up what the concepts and words say.
 * A text is refused when either layer refuses it, except that the learned layer does not refuse in a
 * category whose rules found their words but excused them by their context:
 *
 * <pre>
 * SafetyCheck check = SafetyCheck.load(SafetyCheck.schoolFolder(System.getenv()));
 * Verdict v = check.check("A student jumping off the school roof to end their life", Level.STANDARD);
 * v.refusals().get(0).category().name();   // "self-harm"
 * </pre>
 */
public final class SafetyCheck {

    /**
     * Where a template forbids something, its words are not counted: from a negating word (no, not,
     * never, nor, without, avoid, don't; 不要, 不得, 禁止, 没有, 避免) to the end of the sentence or clause.
     */
    private static final Pattern FORBIDDING = Pattern.compile("(?:(?<![\\p{L}\\p{N}])(?:no|not|never|nor|without"
            + "|avoid|avoiding|don't|don\u2019t|do not)(?![\\p{L}\\p{N}])|不要|不得|禁止|没有|避免)"
            + "[^.!?;:\\n\u3002\uff01\uff1f\uff1b\uff1a]*");

    /** The rule name a refusal by the learned layer gives. */
    static final String LEARNED = "learned-weights";

    private final RuleBook book;
    private final ConceptFinder finder;
    /** The learned layer, or null when only the rules are asked (while the weights are learned). */
    private final LearnedWeights learned;

    private SafetyCheck(RuleBook book, LearnedWeights learned) {
        this.book = book;
        this.finder = new ConceptFinder(book.concepts());
        this.learned = learned;
    }

    /**
     * Lesson Studio's rules and learned weights and, when {@code schoolFolder} exists, the school's
     * additions (its concepts and allowed phrases count for the learned layer too).
     */
    public static SafetyCheck load(Path schoolFolder) throws IOException {
        return new SafetyCheck(RuleBook.load(schoolFolder), LearnedWeights.shipped());
    }

    /** The rules alone, without the learned layer: what the learned layer is measured beside and learns next to. */
    static SafetyCheck rulesOnly(Path schoolFolder) throws IOException {
        return new SafetyCheck(RuleBook.load(schoolFolder), null);
    }

    /** The same rules with other learned weights (for cross-validation). */
    SafetyCheck with(LearnedWeights weights) {
        return new SafetyCheck(book, weights);
    }

    /** What a text says, as both layers read it. */
    Said said(String text) {
        return finder.read(text);
    }

    /** Where a school keeps its own files: $XDG_CONFIG_HOME/lesson-studio/safety, or ~/.config/…. */
    public static Path schoolFolder(Map<String, String> environment) {
        String config = environment.get("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() ? Path.of(config)
                : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("lesson-studio").resolve("safety");
    }

    /** Every category, by name. */
    public Collection<Category> categories() {
        return book.categories().values();
    }

    /** The lesson's words (a description with its style, camera and mood; a title) at a level. */
    public Verdict check(String text, Level level) {
        return new Verdict(level, refusals(text, level, PromptPiece.Origin.LESSON));
    }

    /**
     * An expanded prompt at a level: the lesson's words as they are (a lesson's own "no" does not
     * excuse a brand or a person it names), and the template's own words except where they forbid
     * something, so a template may say "No text, captions, logos or watermarks" but not "in the
     * style of Disney".
     */
    public Verdict check(List<PromptPiece> prompt, Level level) {
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
        List<Refusal> refusals = new ArrayList<>(refusals(lesson.toString(), level, PromptPiece.Origin.LESSON));
        String ownWords = FORBIDDING.matcher(template.toString().toLowerCase(Locale.ROOT)).replaceAll(" ");
        refusals.addAll(refusals(ownWords, level, PromptPiece.Origin.TEMPLATE));
        return new Verdict(level, refusals);
    }

    /** Words that only point at someone, left out of a quote when other words say what is wrong. */
    private static final Set<String> POINTING = Set.of("he", "she", "his", "her", "him", "they", "them", "their",
            "someone", "somebody", "他", "她", "他们", "她们");

    /**
     * The words to quote, in the order they stand: each place once, a place inside a longer one
     * left out ("edge of" inside "edge of the bridge"), and pronouns left out when anything else is said.
     */
    private static List<String> quoted(String text, List<Found> spans) {
        Set<String> words = new LinkedHashSet<>();
        spans.stream().sorted(java.util.Comparator.comparingInt(Found::start))
                .filter(f -> spans.stream().noneMatch(o -> o.start() <= f.start() && o.end() >= f.end()
                        && o.end() - o.start() > f.end() - f.start()))
                .forEach(f -> words.add(text.substring(f.start(), f.end())));
        List<String> plain = words.stream().filter(w -> !POINTING.contains(w.toLowerCase(Locale.ROOT))).toList();
        return plain.isEmpty() ? List.copyOf(words) : plain;
    }

    private List<Refusal> refusals(String text, Level level, PromptPiece.Origin origin) {
        if (text.isBlank()) {
            return List.of();
        }
        Said reading = finder.read(text);
        List<Found> found = reading.concepts();
        Set<String> said = new HashSet<>();
        Set<String> mentioned = new HashSet<>();
        for (Found f : found) {
            mentioned.add(f.concept());
            if (!f.denied()) {
                said.add(f.concept());
            }
        }
        List<Refusal> refusals = new ArrayList<>();
        Set<Category> excused = new HashSet<>();
        for (Rule rule : book.rules()) {
            if (!rule.category().refusedAt(level)) {
                continue;
            }
            Set<String> counted = rule.evenDenied() ? mentioned : said;
            if (!rule.when().holds(counted)) {
                continue;
            }
            if (rule.unless() != null && rule.unless().holds(said)) {
                excused.add(rule.category());
                continue;
            }
            Set<String> reasons = new HashSet<>();
            rule.when().reasons(counted, reasons);
            List<Found> spans = found.stream()
                    .filter(f -> reasons.contains(f.concept()) && (rule.evenDenied() || !f.denied())).toList();
            refusals.add(new Refusal(rule.category(), rule.name(), quoted(text, spans), origin));
        }
        if (learned != null && origin == PromptPiece.Origin.LESSON) {
            learned(text, reading, level).filter(r -> !excused.contains(r.category()))
                    .filter(r -> refusals.stream().noneMatch(o -> o.category().equals(r.category())))
                    .ifPresent(refusals::add);
        }
        return refusals;
    }

    /**
     * The categories whose rules found what they look for in a text but were excused by their context
     * ({@code unless}: sport, a re-enactment, harm not shown, a museum, a school's own): the learned
     * layer does not refuse in those, since the rules have looked at exactly this and found it fine.
     */
    Set<String> excused(String text, Level level) {
        Set<String> said = new HashSet<>();
        Set<String> mentioned = new HashSet<>();
        for (Found f : finder.find(text)) {
            mentioned.add(f.concept());
            if (!f.denied()) {
                said.add(f.concept());
            }
        }
        Set<String> excused = new HashSet<>();
        for (Rule rule : book.rules()) {
            if (rule.category().refusedAt(level) && rule.when().holds(rule.evenDenied() ? mentioned : said)
                    && rule.unless() != null && rule.unless().holds(said)) {
                excused.add(rule.category().name());
            }
        }
        return excused;
    }

    /**
     * The learned layer's refusal, if it refuses: only the lesson's own words are weighed (a
     * template's fixed sentences are the rules' to judge), and it quotes the words that weighed most.
     */
    private java.util.Optional<Refusal> learned(String text, Said reading, Level level) {
        Map<String, int[]> features = Features.of(reading);
        return learned.opinion(learned.weigh(features), level, book.categories()).map(opinion -> {
            List<Found> spans = opinion.features().stream()
                    .map(f -> new Found(f, features.get(f)[0], features.get(f)[1], false)).toList();
            return new Refusal(book.categories().get(opinion.category()), LEARNED, quoted(text, spans),
                    PromptPiece.Origin.LESSON);
        });
    }
}
