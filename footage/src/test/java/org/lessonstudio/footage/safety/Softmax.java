package org.lessonstudio.footage.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns the learned layer's weights: a softmax (multinomial logistic) regression over binary
 * features, the classroom being the class whose score is always 0, with an L2 penalty, by full-batch
 * gradient descent with AdaGrad steps, in a fixed order and with StrictMath, so that the same
 * examples always give the same weights, on any machine.
 */
final class Softmax {

    /** One example: its features' indices and its class (a category's index, or {@code classes} for the classroom). */
    record Example(int[] features, int label) { }

    /** Chosen by leaving one part out (0.005 to 0.00003 tried; docs/footage.md). */
    static final double PENALTY = 0.0001;
    static final int ROUNDS = 800;
    static final double STEP = 0.5;
    /** A feature must be in at least this many training examples to get a weight. */
    static final int SEEN_AT_LEAST = 2;

    private Softmax() {
    }

    /**
     * The weights learned from labelled feature sets: {@code labels} are category names, or null for
     * the classroom; {@code categories} gives the categories' order. Features seen fewer than
     * {@link #SEEN_AT_LEAST} times get none.
     */
    static LearnedWeights learn(List<java.util.Set<String>> featureSets, List<String> labels, List<String> categories) {
        Map<String, Integer> counts = new TreeMap<>();
        for (java.util.Set<String> set : featureSets) {
            for (String f : set) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        List<String> vocabulary = new ArrayList<>();
        Map<String, Integer> index = new java.util.HashMap<>();
        counts.forEach((f, n) -> {
            if (n >= SEEN_AT_LEAST) {
                index.put(f, vocabulary.size());
                vocabulary.add(f);
            }
        });
        int classes = categories.size();
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < featureSets.size(); i++) {
            int[] fs = featureSets.get(i).stream().filter(index::containsKey).mapToInt(index::get).sorted().toArray();
            String label = labels.get(i);
            examples.add(new Example(fs, label == null ? classes : categories.indexOf(label)));
        }
        double[][] w = train(examples, vocabulary.size(), classes);
        // weights as the file keeps them (to a hundredth; a feature with none left is left out), so
        // that what is measured by leaving parts out is what is shipped
        for (double[] row : w) {
            for (int c = 0; c < classes; c++) {
                row[c] = Math.round(row[c] * 100) / 100.0;
            }
        }
        Map<String, double[]> weights = new java.util.HashMap<>();
        for (int f = 0; f < vocabulary.size(); f++) {
            if (java.util.Arrays.stream(w[f]).anyMatch(x -> x != 0)) {
                weights.put(vocabulary.get(f), w[f]);
            }
        }
        double[] bias = w[vocabulary.size()];
        return new LearnedWeights(List.copyOf(categories), weights, bias, Map.of(Level.STRICT, 0.5, Level.STANDARD, 0.5));
    }

    /** Weights per feature and class; the last row is the bias. */
    static double[][] train(List<Example> examples, int features, int classes) {
        double[][] w = new double[features + 1][classes];
        double[][] g = new double[features + 1][classes];
        double[][] squares = new double[features + 1][classes];
        int n = examples.size();
        for (int round = 0; round < ROUNDS; round++) {
            for (double[] row : g) {
                java.util.Arrays.fill(row, 0);
            }
            for (Example e : examples) {
                double[] score = w[features].clone();
                for (int f : e.features()) {
                    for (int c = 0; c < classes; c++) {
                        score[c] += w[f][c];
                    }
                }
                double[] p = LearnedWeights.probabilities(score);
                if (e.label() < classes) {
                    p[e.label()] -= 1;
                }
                for (int c = 0; c < classes; c++) {
                    g[features][c] += p[c] / n;
                }
                for (int f : e.features()) {
                    for (int c = 0; c < classes; c++) {
                        g[f][c] += p[c] / n;
                    }
                }
            }
            for (int f = 0; f <= features; f++) {
                for (int c = 0; c < classes; c++) {
                    double grad = g[f][c] + (f < features ? PENALTY * w[f][c] : 0);
                    squares[f][c] += grad * grad;
                    w[f][c] -= STEP * grad / (StrictMath.sqrt(squares[f][c]) + 1e-8);
                }
            }
        }
        return w;
    }
}
