package org.lessonstudio.footage.safety;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Makes templates/safety/learned-weights.txt from the labelled sets' tuning parts, and measures the
 * learned layer by leaving one part out: for each part, weights learned from the other parts judge
 * it. The thresholds are chosen on those judgements (each made by weights that never saw the
 * description), so that rules and learned layer together refuse at most {@link #CLASSROOM_STANDARD}
 * of classroom descriptions at {@code standard} and {@link #CLASSROOM_STRICT} at {@code strict}.
 *
 * <p>Run from the repository root with the argument {@code write} to write the file (and print the
 * measurement); docs/footage.md ("The rule files") gives the commands.
 */
public final class LearnedWeightsGenerator {

    /** The parts learned from, in order. {@code held3} is the blind set to come and is never read here. */
    static final List<String> PARTS = List.of("tune", "seen", "held", "probe", "held2", "tune2");

    /** The classroom share refused (rules and learned layer together) the thresholds allow, with a margin under the targets. */
    static final double CLASSROOM_STANDARD = 0.015;
    static final double CLASSROOM_STRICT = 0.035;

    static final Path FILE = Path.of("templates/safety/" + LearnedWeights.FILE);

    /** One labelled description as both layers see it. */
    record Labelled(String part, String label, boolean unsafe, String text, Set<String> features,
                    boolean rulesStrict, boolean rulesStandard, Set<String> excusedStrict, Set<String> excusedStandard) { }

    /** A description and how the learned layer judged it when its part was left out. */
    record Judged(Labelled item, double[] probability) { }

    final SafetyCheck rules;
    final List<String> categories = new ArrayList<>();
    final Map<String, Category> known = new LinkedHashMap<>();
    final List<Labelled> items = new ArrayList<>();

    LearnedWeightsGenerator() throws Exception {
        rules = SafetyCheck.rulesOnly(null);
        for (Category c : RuleBook.load(null).categories().values()) {
            known.put(c.name(), c);
        }
        // the order of categories.txt, read plainly so that it never depends on a map's order
        for (String line : Files.readAllLines(Path.of(LearnedWeightsGenerator.class
                .getResource("/org/lessonstudio/footage/safety/categories.txt").toURI()))) {
            if (line.startsWith("category ")) {
                categories.add(line.substring("category ".length()).strip());
            }
        }
        for (String part : PARTS) {
            for (String name : List.of("unsafe", "classroom")) {
                for (LabelledSet.Item item : LabelledSet.read(name, part).items()) {
                    boolean unsafe = name.equals("unsafe");
                    items.add(new Labelled(part, item.label(), unsafe, item.text(),
                            Features.of(rules.said(item.text())).keySet(),
                            !rules.check(item.text(), Level.STRICT).allowed(),
                            !rules.check(item.text(), Level.STANDARD).allowed(),
                            rules.excused(item.text(), Level.STRICT), rules.excused(item.text(), Level.STANDARD)));
                }
            }
        }
    }

    LearnedWeights learn(List<Labelled> from) {
        return Softmax.learn(from.stream().map(Labelled::features).toList(),
                from.stream().map(l -> l.unsafe() ? l.label() : null).toList(), categories);
    }

    /** Every description judged by weights learned without its part. */
    List<Judged> leaveOnePartOut() {
        List<Judged> judged = new ArrayList<>();
        for (String part : PARTS) {
            LearnedWeights weights = learn(items.stream().filter(l -> !l.part().equals(part)).toList());
            for (Labelled l : items) {
                if (l.part().equals(part)) {
                    judged.add(new Judged(l, weights.weigh(asMap(l.features())).probability()));
                }
            }
        }
        return judged;
    }

    private static Map<String, int[]> asMap(Set<String> features) {
        Map<String, int[]> map = new LinkedHashMap<>();
        features.forEach(f -> map.put(f, new int[2]));
        return map;
    }

    /** The categories' probabilities refused at a level, together. */
    double mass(double[] p, Level level) {
        double mass = 0;
        for (int c = 0; c < categories.size(); c++) {
            if (known.get(categories.get(c)).refusedAt(level)) {
                mass += p[c];
            }
        }
        return mass;
    }

    /**
     * Whether a description is refused at a level: by the rules ({@code withRules}), or by the learned
     * layer, which refuses when the categories refused at the level have together at least the
     * threshold and the likeliest of them is not one whose rules found the words but excused them
     * by their context (as {@link SafetyCheck} does).
     */
    boolean refused(Judged j, Level level, double threshold, boolean withRules) {
        boolean byRules = level == Level.STRICT ? j.item().rulesStrict() : j.item().rulesStandard();
        if (withRules && byRules) {
            return true;
        }
        if (mass(j.probability(), level) < threshold) {
            return false;
        }
        int likeliest = -1;
        for (int c = 0; c < categories.size(); c++) {
            if (known.get(categories.get(c)).refusedAt(level)
                    && (likeliest < 0 || j.probability()[c] > j.probability()[likeliest])) {
                likeliest = c;
            }
        }
        Set<String> excused = level == Level.STRICT ? j.item().excusedStrict() : j.item().excusedStandard();
        return !excused.contains(categories.get(likeliest));
    }

    /** The lowest threshold (in hundredths) at which the classroom share refused stays within {@code budget}. */
    double threshold(List<Judged> judged, Level level, double budget) {
        List<Judged> classroom = judged.stream().filter(j -> !j.item().unsafe()).toList();
        for (int t = 5; t < 100; t++) {
            double threshold = t / 100.0;
            long refused = classroom.stream().filter(j -> refused(j, level, threshold, true)).count();
            if (refused <= budget * classroom.size()) {
                return threshold;
            }
        }
        return 1.0;
    }

    /** The file's text: thresholds from leaving one part out, weights learned from every part. */
    String text(Map<Level, Double> thresholds, LearnedWeights weights) {
        StringBuilder out = new StringBuilder();
        out.append("""
                # The learned layer of the offline safety check: made by LearnedWeightsGenerator (footage's tests)
                # from the labelled sets' tuning parts (%s); do not edit by hand, make it again.
                # A text's score for a category is the sum of the weights of the features it has; (bias) counts
                # for every text, an ordinary classroom description scores 0. Features: concept:NAME (a concept of
                # the concept files, said and not denied), word:ROOT (an English word's root, or a Chinese word as
                # segmented), no:ROOT (a word said only to be denied, "no blood"). The scores make a probability per
                # category (softmax); a text is refused at a level when the categories refused at that level have
                # together at least its threshold. Weights are kept to a hundredth; a weight of 0 is left out.
                # FEATURE<TAB>CATEGORY<TAB>WEIGHT, or threshold<TAB>LEVEL<TAB>SHARE.
                """.formatted(String.join(", ", PARTS)));
        for (Level level : Level.values()) {
            out.append("threshold\t").append(level.word()).append('\t')
                    .append(String.format(Locale.ROOT, "%.2f", thresholds.get(level))).append('\n');
        }
        Map<String, double[]> sorted = new TreeMap<>(weights.weights());
        row(out, LearnedWeights.BIAS, weights.bias(), weights.categories());
        sorted.forEach((feature, w) -> row(out, feature, w, weights.categories()));
        return out.toString();
    }

    private static void row(StringBuilder out, String feature, double[] w, List<String> categories) {
        for (int c = 0; c < w.length; c++) {
            String value = String.format(Locale.ROOT, "%.2f", w[c]);
            if (!value.equals("0.00") && !value.equals("-0.00")) {
                out.append(feature).append('\t').append(categories.get(c)).append('\t').append(value).append('\n');
            }
        }
    }

    /** Thresholds chosen on judgements made by weights that never saw the judged descriptions. */
    Map<Level, Double> thresholds(List<Judged> judged) {
        Map<Level, Double> thresholds = new java.util.EnumMap<>(Level.class);
        thresholds.put(Level.STANDARD, threshold(judged, Level.STANDARD, CLASSROOM_STANDARD));
        thresholds.put(Level.STRICT, threshold(judged, Level.STRICT, CLASSROOM_STRICT));
        return thresholds;
    }

    /** The file as the sets make it now. */
    String make() {
        return text(thresholds(leaveOnePartOut()), learn(items));
    }

    public static void main(String[] args) throws Exception {
        LearnedWeightsGenerator generator = new LearnedWeightsGenerator();
        List<Judged> judged = generator.leaveOnePartOut();
        Map<Level, Double> thresholds = generator.thresholds(judged);
        System.out.println("thresholds " + thresholds);
        System.out.println(new CrossValidated(generator, judged, thresholds).report());
        if (args.length > 0 && args[0].equals("write")) {
            Files.writeString(FILE, generator.text(thresholds, generator.learn(generator.items)), StandardCharsets.UTF_8);
            System.out.println("wrote " + FILE);
        }
    }
}
