package io.newswire.bench;

import io.newswire.enrich.language.DetectedLanguage;
import io.newswire.enrich.language.LanguageDetector;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How often a detector names the right language in a test set, overall, per language, and what it says instead. */
final class LanguageAccuracy {
    private final Map<String, int[]> byLanguage = new TreeMap<>();
    private final Map<String, Map<String, Integer>> answers = new TreeMap<>();
    private int correct;
    private int total;

    /** Runs the detector over the set. */
    static LanguageAccuracy measure(LanguageDetector detector, List<LanguageTestSets.LabelledText> texts) {
        LanguageAccuracy accuracy = new LanguageAccuracy();
        for (LanguageTestSets.LabelledText text : texts) {
            DetectedLanguage detected = detector.detect(text.title(), text.body());
            accuracy.count(text.language(), detected.code());
        }
        return accuracy;
    }

    private void count(String expected, String answer) {
        int[] counts = byLanguage.computeIfAbsent(expected, k -> new int[2]);
        counts[1]++;
        total++;
        if (expected.equals(answer)) {
            counts[0]++;
            correct++;
        }
        answers.computeIfAbsent(expected, k -> new TreeMap<>()).merge(answer, 1, Integer::sum);
    }

    /** Percent correct. */
    double percent() {
        return total == 0 ? 0 : 100.0 * correct / total;
    }

    double percent(String language) {
        int[] counts = byLanguage.get(language);
        return counts == null ? 0 : 100.0 * counts[0] / counts[1];
    }

    int errors() {
        return total - correct;
    }

    int total() {
        return total;
    }

    int count(String language) {
        int[] counts = byLanguage.get(language);
        return counts == null ? 0 : counts[1];
    }

    /** Per language, the answers that were wrong and how often ("es" given for Portuguese 3 times). */
    Map<String, Map<String, Integer>> mistakes() {
        Map<String, Map<String, Integer>> mistakes = new TreeMap<>();
        answers.forEach((expected, given) -> given.forEach((answer, count) -> {
            if (!answer.equals(expected)) {
                mistakes.computeIfAbsent(expected, k -> new TreeMap<>()).put(answer, count);
            }
        }));
        return mistakes;
    }

    /** How often each answer was given for texts in the language. */
    Map<String, Integer> answers(String language) {
        return answers.getOrDefault(language, Map.of());
    }

    java.util.Set<String> languages() {
        return byLanguage.keySet();
    }
}
