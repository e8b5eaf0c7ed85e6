package io.newswire.enrich.topics.training;

import io.newswire.enrich.topics.classifier.FeatureWeighting;
import io.newswire.enrich.topics.classifier.LanguageTopicModel;
import io.newswire.enrich.topics.classifier.TopicModelCodec;
import io.newswire.enrich.topics.classifier.SparseVector;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Trains one language's multinomial logistic regression by stochastic gradient descent with L2 regularisation.
 *
 * <p>Chosen over naive Bayes because its probabilities are usable as scores (the tagger keeps every topic above a
 * threshold) and because it copes with the overlapping character n-gram features, which naive Bayes counts as
 * independent evidence. Classes are weighted inversely to their size so that small desks (culture) are not drowned by
 * large ones (world); macro-F1 is what is measured. Features seen in fewer than {@code minDocs} documents are dropped
 * before training and features whose weights stay near zero after it, which is most of what keeps the model file
 * small. Deterministic: a fixed seed for the shuffles and a fixed input order.
 */
public final class SoftmaxRegressionTrainer {

    /**
     * @param epochs      passes over the data
     * @param learningRate initial step size; it decays as 1 / (1 + rate * lambda * t)
     * @param lambda      L2 strength per example
     * @param minDocs     documents a feature must occur in to be learnt
     * @param pruneBelow  features whose largest absolute weight stays below this are left out of the model
     * @param seed        for the shuffles
     */
    public record Settings(int epochs, double learningRate, double lambda, int minDocs, double pruneBelow, long seed) {
        public static final Settings DEFAULT = new Settings(12, 0.5, 2e-5, 2, 0.02, 20240601L);
    }

    private final Settings settings;

    public SoftmaxRegressionTrainer(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param classes the class keys, in the order the labels index them
     * @param counts  feature counts of each example, from TopicFeatures
     * @param labels  labels[i] is the class index of counts[i]
     */
    public LanguageTopicModel train(String language, List<String> classes, List<SparseVector> counts, int[] labels) {
        int[] vocabulary = frequentFeatures(counts);
        Fit first = fit(classes.size(), vocabulary, counts, labels);
        int[] kept = first.keptFeatures(settings.pruneBelow());
        // Pruned features no longer count in a vector's length at tagging time, so the weights are learnt again
        // on the kept features only: training and tagging then see the same vectors.
        Fit fit = kept.length == vocabulary.length ? first : fit(classes.size(), kept, counts, labels);
        return fit.toModel(language, classes);
    }

    private Fit fit(int k, int[] vocabulary, List<SparseVector> counts, int[] labels) {
        float[] idf = idf(vocabulary, counts);
        int[][] rows = new int[counts.size()][];
        float[][] values = new float[counts.size()][];
        for (int i = 0; i < counts.size(); i++) {
            rows[i] = rowsOf(counts.get(i), vocabulary);
            values[i] = FeatureWeighting.weigh(counts.get(i), rows[i], idf);
        }
        double[] classWeight = balancedClassWeights(labels, k);

        double[] w = new double[vocabulary.length * k];
        double[] b = new double[k];
        double scale = 1; // the true weights are scale * w: L2 decay in O(1) per step instead of O(features)
        int[] order = new int[counts.size()];
        Arrays.setAll(order, i -> i);
        Random random = new Random(settings.seed());
        double[] p = new double[k];
        long t = 0;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            for (int i : order) {
                double eta = settings.learningRate() / (1 + settings.learningRate() * settings.lambda() * t++);
                int[] xr = rows[i];
                float[] xv = values[i];
                scores(w, b, scale, xr, xv, k, p);
                softmaxInPlace(p);
                scale *= 1 - eta * settings.lambda();
                double weight = classWeight[labels[i]];
                for (int c = 0; c < k; c++) {
                    double gradient = weight * (p[c] - (c == labels[i] ? 1 : 0));
                    if (gradient == 0) {
                        continue;
                    }
                    double step = eta * gradient / scale;
                    for (int j = 0; j < xr.length; j++) {
                        if (xr[j] >= 0) {
                            w[xr[j] * k + c] -= step * xv[j];
                        }
                    }
                    b[c] -= eta * gradient;
                }
                if (scale < 1e-6) {
                    for (int j = 0; j < w.length; j++) {
                        w[j] *= scale;
                    }
                    scale = 1;
                }
            }
        }
        for (int j = 0; j < w.length; j++) {
            w[j] *= scale;
        }
        return new Fit(k, vocabulary, idf, w, b);
    }

    /** Learnt weights over a vocabulary. */
    private record Fit(int k, int[] vocabulary, float[] idf, double[] w, double[] b) {

        /** The features whose largest absolute weight reaches the threshold, in vocabulary order. */
        int[] keptFeatures(double pruneBelow) {
            return IntStream.range(0, vocabulary.length).filter(row -> {
                double max = 0;
                for (int c = 0; c < k; c++) {
                    max = Math.max(max, Math.abs(w[row * k + c]));
                }
                return max >= pruneBelow;
            }).map(row -> vocabulary[row]).toArray();
        }

        LanguageTopicModel toModel(String language, List<String> classes) {
            float[] weights = new float[w.length];
            for (int i = 0; i < w.length; i++) {
                weights[i] = (float) w[i];
            }
            float[] bias = new float[k];
            for (int c = 0; c < k; c++) {
                bias[c] = (float) b[c];
            }
            return new LanguageTopicModel(language, classes, vocabulary, idf, weights, bias);
        }
    }

    /** Idf of each vocabulary feature, rounded as the model file stores it. */
    private static float[] idf(int[] vocabulary, List<SparseVector> counts) {
        int[] df = new int[vocabulary.length];
        for (SparseVector x : counts) {
            for (int f : x.features()) {
                int row = Arrays.binarySearch(vocabulary, f);
                if (row >= 0) {
                    df[row]++;
                }
            }
        }
        float[] idf = new float[vocabulary.length];
        for (int row = 0; row < idf.length; row++) {
            idf[row] = TopicModelCodec.roundIdf(FeatureWeighting.idf(df[row], counts.size()));
        }
        return idf;
    }

    /** The features of at least minDocs documents, sorted. */
    private int[] frequentFeatures(List<SparseVector> examples) {
        int total = examples.stream().mapToInt(SparseVector::size).sum();
        int[] all = new int[total];
        int n = 0;
        for (SparseVector x : examples) {
            System.arraycopy(x.features(), 0, all, n, x.size());
            n += x.size();
        }
        Arrays.sort(all);
        int[] kept = new int[total];
        int m = 0;
        for (int i = 0; i < total; ) {
            int j = i;
            while (j < total && all[j] == all[i]) {
                j++;
            }
            if (j - i >= settings.minDocs()) {
                kept[m++] = all[i];
            }
            i = j;
        }
        return Arrays.copyOf(kept, m);
    }

    /** The vocabulary row of each feature of x, or -1 for features not learnt. */
    private static int[] rowsOf(SparseVector x, int[] vocabulary) {
        int[] rows = new int[x.size()];
        for (int j = 0; j < rows.length; j++) {
            int row = Arrays.binarySearch(vocabulary, x.features()[j]);
            rows[j] = row >= 0 ? row : -1;
        }
        return rows;
    }

    private static double[] balancedClassWeights(int[] labels, int k) {
        int[] counts = new int[k];
        for (int label : labels) {
            counts[label]++;
        }
        double[] weights = new double[k];
        for (int c = 0; c < k; c++) {
            weights[c] = counts[c] == 0 ? 0 : (double) labels.length / (k * counts[c]);
        }
        return weights;
    }

    private static void scores(double[] w, double[] b, double scale, int[] xr, float[] xv, int k, double[] out) {
        System.arraycopy(b, 0, out, 0, k);
        for (int j = 0; j < xr.length; j++) {
            if (xr[j] >= 0) {
                int base = xr[j] * k;
                double v = xv[j] * scale;
                for (int c = 0; c < k; c++) {
                    out[c] += w[base + c] * v;
                }
            }
        }
    }

    private static void softmaxInPlace(double[] p) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : p) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < p.length; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
