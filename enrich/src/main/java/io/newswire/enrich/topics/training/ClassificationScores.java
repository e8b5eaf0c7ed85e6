package io.newswire.enrich.topics.training;

import java.util.Map;
import java.util.TreeMap;

/**
 * Per-class precision, recall and F1 of single-label predictions. Macro-F1 averages F1 over the classes present in the
 * gold labels: a class the test set lacks (the Arabic model knows "health", ANT has no health desk) cannot be scored,
 * but predicting it for a test document still counts against that document's true class.
 */
public final class ClassificationScores {
    private final Map<String, int[]> counts = new TreeMap<>(); // class -> {true positives, predicted, gold}
    private int total;
    private int correct;

    public void add(String gold, String predicted) {
        total++;
        counts.computeIfAbsent(gold, c -> new int[3])[2]++;
        counts.computeIfAbsent(predicted, c -> new int[3])[1]++;
        if (gold.equals(predicted)) {
            correct++;
            counts.get(gold)[0]++;
        }
    }

    public void addAll(ClassificationScores other) {
        other.counts.forEach((c, n) -> {
            int[] mine = counts.computeIfAbsent(c, k -> new int[3]);
            for (int i = 0; i < 3; i++) {
                mine[i] += n[i];
            }
        });
        total += other.total;
        correct += other.correct;
    }

    public int count() {
        return total;
    }

    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    public double macroF1() {
        return f1ByClass().values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** F1 of each class present in the gold labels. */
    public Map<String, Double> f1ByClass() {
        Map<String, Double> f1 = new TreeMap<>();
        counts.forEach((c, n) -> {
            if (n[2] > 0) {
                double precision = n[1] == 0 ? 0 : (double) n[0] / n[1];
                double recall = (double) n[0] / n[2];
                f1.put(c, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
            }
        });
        return f1;
    }
}
