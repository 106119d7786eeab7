package org.lessonstudio.footage.safety;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The learned layer of the offline check: a weight for each feature ({@link Features}) and
 * category, learned from the labelled sets, read from {@code templates/safety/learned-weights.txt}
 * (one line per feature and category: {@code FEATURE<TAB>CATEGORY<TAB>WEIGHT}; {@code (bias)} is
 * the feature every text has) with the two thresholds chosen by cross-validation. A text's score
 * for a category is the sum of the weights of its features (an ordinary classroom description
 * scores 0); the scores give each category a probability (softmax, with the classroom at 0), and a
 * text is refused at a level when the categories refused there have together at least that level's
 * threshold. The category named is the likeliest of them; the words quoted are those that weighed
 * most towards it.
 *
 * @param categories the categories it knows, in the file's order
 * @param weights    by feature, one weight per category (in {@code categories}' order)
 * @param bias       one per category
 * @param thresholds by level
 */
record LearnedWeights(List<String> categories, Map<String, double[]> weights, double[] bias,
                      Map<Level, Double> thresholds) {

    /** The file that comes with Lesson Studio. */
    static final String FILE = "learned-weights.txt";

    /** The feature every text has. */
    static final String BIAS = "(bias)";

    /** How a text weighs: a probability per category (in {@code categories}' order) and each feature's pull. */
    record Weighed(double[] probability, Map<String, double[]> present) { }

    /** What the learned layer refuses: a category, and the features that weighed most towards it. */
    record Opinion(String category, double probability, List<String> features) { }

    /** Lesson Studio's weights, from the jar. */
    static LearnedWeights shipped() throws IOException {
        try (InputStream in = LearnedWeights.class.getResourceAsStream("/org/lessonstudio/footage/safety/" + FILE)) {
            if (in == null) {
                throw new IOException("the safety file " + FILE + " is missing from Lesson Studio");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), FILE);
        }
    }

    /** Weights as written; {@code name} is for messages. */
    static LearnedWeights read(String text, String name) throws SafetyRulesException {
        List<String> categories = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Map<Integer, Double>> rows = new HashMap<>();
        Map<Level, Double> thresholds = new java.util.EnumMap<>(Level.class);
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            try {
                if (cells[0].equals("threshold")) {
                    thresholds.put(Level.named(cells[1]).orElseThrow(), Double.parseDouble(cells[2]));
                    continue;
                }
                String category = cells[1];
                int c = index.computeIfAbsent(category, k -> {
                    categories.add(k);
                    return categories.size() - 1;
                });
                rows.computeIfAbsent(cells[0], k -> new HashMap<>()).put(c, Double.parseDouble(cells[2]));
            } catch (RuntimeException e) {
                throw new SafetyRulesException(name + ":" + (n + 1) + ": expected FEATURE<TAB>CATEGORY<TAB>WEIGHT"
                        + " or threshold<TAB>LEVEL<TAB>SHARE, found: " + line);
            }
        }
        if (thresholds.size() != Level.values().length) {
            throw new SafetyRulesException(name + ": a threshold for each level is missing");
        }
        Map<String, double[]> weights = new HashMap<>();
        rows.forEach((feature, row) -> {
            double[] w = new double[categories.size()];
            row.forEach((c, value) -> w[c] = value);
            weights.put(feature, w);
        });
        double[] bias = weights.remove(BIAS);
        return new LearnedWeights(List.copyOf(categories), Map.copyOf(weights),
                bias == null ? new double[categories.size()] : bias, Map.copyOf(thresholds));
    }

    /** How a text with these features weighs. */
    Weighed weigh(Map<String, int[]> features) {
        double[] score = bias.clone();
        Map<String, double[]> present = new HashMap<>();
        for (String feature : features.keySet()) {
            double[] w = weights.get(feature);
            if (w != null) {
                present.put(feature, w);
                for (int c = 0; c < score.length; c++) {
                    score[c] += w[c];
                }
            }
        }
        return new Weighed(probabilities(score), present);
    }

    /** The softmax of the scores, with the classroom's score 0. */
    static double[] probabilities(double[] score) {
        double max = 0;
        for (double s : score) {
            max = Math.max(max, s);
        }
        double sum = StrictMath.exp(-max);
        double[] p = new double[score.length];
        for (int c = 0; c < score.length; c++) {
            p[c] = StrictMath.exp(score[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < score.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    /** Whether the learned layer refuses a text at {@code level}, and in which category and why. */
    java.util.Optional<Opinion> opinion(Weighed weighed, Level level, Map<String, Category> known) {
        double mass = 0;
        int likeliest = -1;
        for (int c = 0; c < categories.size(); c++) {
            Category category = known.get(categories.get(c));
            if (category != null && category.refusedAt(level)) {
                mass += weighed.probability()[c];
                if (likeliest < 0 || weighed.probability()[c] > weighed.probability()[likeliest]) {
                    likeliest = c;
                }
            }
        }
        if (likeliest < 0 || mass < thresholds.get(level)) {
            return java.util.Optional.empty();
        }
        int c = likeliest;
        List<String> most = weighed.present().entrySet().stream().filter(e -> e.getValue()[c] > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[c])
                        .thenComparing(Map.Entry::getKey))
                .limit(3).map(Map.Entry::getKey).toList();
        return java.util.Optional.of(new Opinion(categories.get(c), weighed.probability()[c], most));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d features, %d categories", weights.size(), categories.size());
    }
}
