package io.newswire.enrich.topics.training;

import io.newswire.enrich.topics.classifier.FeatureSettings;
import io.newswire.enrich.topics.classifier.TopicFeatures;
import io.newswire.enrich.topics.text.TopicText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The bar to beat: multinomial naive Bayes with add-one smoothing on normalised word unigrams and bigrams (raw
 * counts, no character n-grams), one per training set. Kept only for the evaluation's comparison.
 */
public final class NaiveBayesBaseline {
    private static final FeatureSettings WORDS = new FeatureSettings(true, 0, 0, FeatureSettings.DEFAULT.maxTextChars());

    private final List<String> classes;
    private final double[] logPrior;
    private final Map<Integer, double[]> logLikelihood;
    private final double[] unseenLogLikelihood;
    private final TopicFeatures features = new TopicFeatures(WORDS);

    private NaiveBayesBaseline(List<String> classes, double[] logPrior, Map<Integer, double[]> logLikelihood,
                               double[] unseenLogLikelihood) {
        this.classes = classes;
        this.logPrior = logPrior;
        this.logLikelihood = logLikelihood;
        this.unseenLogLikelihood = unseenLogLikelihood;
    }

    public static NaiveBayesBaseline train(List<LabelledText> texts) {
        List<String> classes = List.copyOf(new TreeSet<>(texts.stream().map(t -> TrainingLabels.classOf(t.label())).toList()));
        int k = classes.size();
        TopicFeatures features = new TopicFeatures(WORDS);
        Map<Integer, double[]> counts = new HashMap<>();
        double[] totals = new double[k];
        double[] docs = new double[k];
        for (LabelledText text : texts) {
            int c = classes.indexOf(TrainingLabels.classOf(text.label()));
            docs[c]++;
            Map<Integer, Integer> tf = termCounts(features, text.title(), text.text());
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                counts.computeIfAbsent(e.getKey(), f -> new double[k])[c] += e.getValue();
                totals[c] += e.getValue();
            }
        }
        int vocabulary = counts.size();
        Map<Integer, double[]> logLikelihood = new HashMap<>(counts.size() * 2);
        counts.forEach((f, n) -> {
            double[] l = new double[k];
            for (int c = 0; c < k; c++) {
                l[c] = Math.log((n[c] + 1) / (totals[c] + vocabulary));
            }
            logLikelihood.put(f, l);
        });
        double[] unseen = new double[k];
        double[] prior = new double[k];
        for (int c = 0; c < k; c++) {
            unseen[c] = Math.log(1 / (totals[c] + vocabulary));
            prior[c] = Math.log(docs[c] / texts.size());
        }
        return new NaiveBayesBaseline(classes, prior, logLikelihood, unseen);
    }

    /** The most probable class key. */
    public String predict(String title, String text) {
        double[] score = logPrior.clone();
        termCounts(features, title, text).forEach((f, n) -> {
            double[] l = logLikelihood.getOrDefault(f, unseenLogLikelihood);
            for (int c = 0; c < score.length; c++) {
                score[c] += n * l[c];
            }
        });
        int best = 0;
        for (int c = 1; c < score.length; c++) {
            if (score[c] > score[best]) {
                best = c;
            }
        }
        return classes.get(best);
    }

    private static Map<Integer, Integer> termCounts(TopicFeatures features, String title, String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int f : features.occurrences(TopicText.of(title, text, WORDS.maxTextChars()))) {
            counts.merge(f, 1, Integer::sum);
        }
        return counts;
    }
}
