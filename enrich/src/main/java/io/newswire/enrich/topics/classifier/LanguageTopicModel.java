package io.newswire.enrich.topics.classifier;

import java.util.Arrays;
import java.util.List;

/**
 * One language's classifier: a multinomial logistic regression (softmax) over hashed features.
 *
 * <p>The classes are IPTC top-level numbers ("11000000") or {@link #NO_TOPIC} for training labels that are no news
 * topic (SIB-200's "geography"): keeping that class lets the model put probability mass on "none of these" instead of
 * forcing it onto a real topic.
 */
public final class LanguageTopicModel {
    public static final String NO_TOPIC = "none";

    private final String language;
    private final List<String> classes;
    private final int[] features;
    private final float[] weights;
    private final float[] bias;
    private final float[] idf;
    private final FeatureIndex index;

    /**
     * @param features distinct feature hashes in ascending order
     * @param idf      idf[row]: the inverse document frequency of features[row] in the training data
     * @param weights  row-major: weights[row * classes + c]
     */
    public LanguageTopicModel(String language, List<String> classes, int[] features, float[] idf, float[] weights,
                              float[] bias) {
        if (weights.length != features.length * classes.size() || bias.length != classes.size()
                || idf.length != features.length) {
            throw new IllegalArgumentException("Weights do not fit " + features.length + " features and "
                    + classes.size() + " classes");
        }
        this.language = language;
        this.classes = List.copyOf(classes);
        this.features = features;
        this.weights = weights;
        this.bias = bias;
        this.idf = idf;
        this.index = new FeatureIndex(features);
    }

    public String language() {
        return language;
    }

    public List<String> classes() {
        return classes;
    }

    public int featureCount() {
        return features.length;
    }

    /**
     * Softmax probabilities, one per class in {@link #classes()} order.
     *
     * @param counts feature counts from {@link TopicFeatures}
     */
    public double[] probabilities(SparseVector counts) {
        int k = classes.size();
        double[] scores = new double[k];
        for (int c = 0; c < k; c++) {
            scores[c] = bias[c];
        }
        int[] xf = counts.features();
        int[] rows = new int[xf.length];
        for (int i = 0; i < xf.length; i++) {
            rows[i] = index.rowOf(xf[i]);
        }
        float[] xv = FeatureWeighting.weigh(counts, rows, idf);
        for (int i = 0; i < xf.length; i++) {
            int row = rows[i];
            if (row >= 0) {
                int base = row * k;
                for (int c = 0; c < k; c++) {
                    scores[c] += weights[base + c] * xv[i];
                }
            }
        }
        return softmax(scores);
    }

    /** The index of the most probable class. */
    public int predict(SparseVector x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    static double[] softmax(double[] scores) {
        double max = Arrays.stream(scores).max().orElse(0);
        double sum = 0;
        double[] p = new double[scores.length];
        for (int c = 0; c < scores.length; c++) {
            p[c] = Math.exp(scores[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }

    // For the codec.
    int[] features() {
        return features;
    }

    float[] weights() {
        return weights;
    }

    float[] bias() {
        return bias;
    }

    float[] idf() {
        return idf;
    }
}
